"""Container With Most Water by measuring every pair of lines, on small arrays (often with zeros and ties)."""

from itertools import combinations


def inputs(rng):
    while True:
        n = rng.randint(2, 12)
        top = rng.choice([1, 3, 10, 10_000])
        yield {"height": [rng.randint(0, top) for _ in range(n)]}


def solve(height):
    return max(min(height[i], height[j]) * (j - i) for i, j in combinations(range(len(height)), 2))
