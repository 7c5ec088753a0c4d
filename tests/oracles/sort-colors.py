"""Sort Colors by brute force, for `shousi check`: repeatedly pick the smallest remaining colour (selection, on a
copy) until none is left. Small arrays, often of one or two colours."""


def inputs(rng):
    while True:
        colours = rng.choice([(0, 1, 2), (0, 2), (1, 2), (0, 1), (2,)])
        yield {"nums": [rng.choice(colours) for _ in range(rng.randint(1, 9))]}


def solve(nums):
    rest = list(nums)
    out = []
    while rest:
        smallest = min(rest)
        rest.remove(smallest)
        out.append(smallest)
    return out
