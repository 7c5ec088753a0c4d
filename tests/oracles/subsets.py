"""Subsets by binary counting: for every mask from 0 to 2^n - 1, the numbers whose bit is set."""


def inputs(rng):
    while True:
        yield {"nums": rng.sample(range(-10, 11), rng.randint(1, 7))}


def solve(nums):
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(2 ** n)]
