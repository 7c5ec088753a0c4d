"""Longest Consecutive Sequence by trying every start and length: the longest k such that some x has all of
x, x + 1, ..., x + k - 1 in nums. Small arrays over a narrow range, so that runs, gaps and duplicates are common."""


def inputs(rng):
    while True:
        n = rng.randint(0, 12)
        low = rng.randint(-10, 5)
        yield {"nums": [rng.randint(low, low + rng.randint(0, 15)) for _ in range(n)]}


def solve(nums):
    best = 0
    for x in nums:
        for k in range(1, len(nums) + 1):
            if all(x + d in nums for d in range(k)):
                best = max(best, k)
    return best
