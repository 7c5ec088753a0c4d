"""Largest Rectangle in Histogram by every pair (i, j) of first and last bar: the area is the lowest bar between
them times the width, the lowest taken by min() over the slice. Short lists over narrow ranges, so that equal
heights and zeros are common."""


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        high = rng.choice([0, 1, 3, 10, 10**4])
        yield {"heights": [rng.randint(0, high) for _ in range(n)]}


def solve(heights):
    n = len(heights)
    return max(min(heights[i:j + 1]) * (j - i + 1) for i in range(n) for j in range(i, n))
