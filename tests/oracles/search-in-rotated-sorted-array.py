"""Search in Rotated Sorted Array by looking at every index. Small arrays of distinct sorted values rotated by
every amount from 0 to n - 1, the target drawn from the values or from around them."""


def inputs(rng):
    while True:
        n = rng.randint(1, 9)
        values = sorted(rng.sample(range(-20, 21), n))
        k = rng.randrange(n)
        nums = values[k:] + values[:k]  # rotated left at index k (k = 0: not rotated)
        target = rng.choice(nums) if rng.random() < 0.5 else rng.randint(-22, 22)
        yield {"nums": nums, "target": target}


def solve(nums, target):
    for i in range(len(nums)):
        if nums[i] == target:
            return i
    return -1
