"""Longest Increasing Subsequence by trying every non-empty subset of the indices, on short arrays."""


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        low, high = rng.choice([(-3, 3), (0, 1), (-20, 20), (-10**4, 10**4)])
        yield {"nums": [rng.randint(low, high) for _ in range(n)]}


def solve(nums):
    n = len(nums)
    best = 0
    for mask in range(1, 1 << n):
        picked = [nums[i] for i in range(n) if mask >> i & 1]
        if all(a < b for a, b in zip(picked, picked[1:])):
            best = max(best, len(picked))
    return best
