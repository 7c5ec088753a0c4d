"""Maximum Subarray by summing every subarray, on short arrays: often all negative, often with zeros."""


def inputs(rng):
    while True:
        n = rng.randint(1, 10)
        low, high = rng.choice([(-20, 20), (-20, -1), (-3, 3), (0, 5), (-10**4, 10**4)])
        yield {"nums": [rng.randint(low, high) for _ in range(n)]}


def solve(nums):
    return max(sum(nums[i:j]) for i in range(len(nums)) for j in range(i + 1, len(nums) + 1))
