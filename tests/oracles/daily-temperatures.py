"""Daily Temperatures by looking ahead from every day to the first strictly warmer one. Short lists over narrow
temperature ranges, so that equal temperatures are common."""


def inputs(rng):
    while True:
        n = rng.randint(1, 14)
        low = rng.randint(30, 100)
        high = min(100, low + rng.choice([0, 1, 3, 10, 70]))
        yield {"temperatures": [rng.randint(low, high) for _ in range(n)]}


def solve(temperatures):
    n = len(temperatures)
    out = []
    for i in range(n):
        later = [j for j in range(i + 1, n) if temperatures[j] > temperatures[i]]
        out.append(later[0] - i if later else 0)
    return out
