"""Move Zeroes by brute force, for `shousi check`: repeatedly swap a zero with the value after it until no zero
stands before a non-zero value (the slow bubble), on small arrays rich in zeros."""


def inputs(rng):
    while True:
        yield {"nums": [rng.choice([0, 0, rng.randint(-3, 3)]) for _ in range(rng.randint(1, 9))]}


def solve(nums):
    values = list(nums)
    moved = True
    while moved:
        moved = False
        for i in range(len(values) - 1):
            if values[i] == 0 and values[i + 1] != 0:
                values[i], values[i + 1] = values[i + 1], values[i]
                moved = True
    return values
