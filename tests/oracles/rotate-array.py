"""Rotate Array by brute force, for `shousi check`: move the last value to the front, one step at a time, k times
(k up to three times the length, so that k > n and k a multiple of n come up), on small arrays."""


def inputs(rng):
    while True:
        n = rng.randint(1, 9)
        yield {"nums": [rng.randint(-5, 5) for _ in range(n)], "k": rng.randint(0, 3 * n)}


def solve(nums, k):
    values = list(nums)
    for _ in range(k):
        values.insert(0, values.pop())
    return values
