"""Trapping Rain Water one unit cell at a time: a cell of row y above a lower bar holds water when some bar on each
side reaches row y. Small maps over low heights, so that ties, plateaus and open edges are common."""


def inputs(rng):
    while True:
        n = rng.randint(1, 14)
        top = rng.choice([0, 1, 2, 4, 9])
        yield {"height": [rng.randint(0, top) for _ in range(n)]}


def solve(height):
    water = 0
    for y in range(1, max(height) + 1):
        for i, h in enumerate(height):
            if h < y and any(b >= y for b in height[:i]) and any(b >= y for b in height[i + 1:]):
                water += 1
    return water
