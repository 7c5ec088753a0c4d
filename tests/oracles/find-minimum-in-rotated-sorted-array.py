"""Find Minimum in Rotated Sorted Array by comparing every value with every other: the minimum is the value no
other value is below. Small arrays of distinct sorted values, rotated by every amount from 1 to n."""


def inputs(rng):
    while True:
        n = rng.randint(1, 9)
        values = sorted(rng.sample(range(-20, 21), n))
        k = rng.randint(1, n)  # rotated k times to the right; k = n leaves it sorted
        yield {"nums": values[n - k:] + values[:n - k]}


def solve(nums):
    for candidate in nums:
        if all(candidate <= other for other in nums):
            return candidate
