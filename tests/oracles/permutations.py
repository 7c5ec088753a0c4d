"""Permutations by filtering: every sequence of n indices (n^n of them), kept when no index repeats, mapped to
the numbers."""


def inputs(rng):
    while True:
        n = rng.randint(1, 5)
        yield {"nums": rng.sample(range(-10, 11), n)}


def solve(nums):
    n = len(nums)
    out = []
    for code in range(n ** n):
        indices = []
        for _ in range(n):
            indices.append(code % n)
            code //= n
        if len(set(indices)) == n:
            out.append([nums[i] for i in indices])
    return out
