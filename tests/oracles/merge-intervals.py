"""Merge Intervals by merging any two overlapping intervals until no two overlap, on a few short intervals with
small ends (so that touching, nesting and duplicates are common)."""


def inputs(rng):
    while True:
        n = rng.randint(1, 8)
        top = rng.choice([3, 6, 12, 10**4])
        intervals = []
        for _ in range(n):
            a, b = rng.randint(0, top), rng.randint(0, top)
            intervals.append([min(a, b), max(a, b)])
        yield {"intervals": intervals}


def solve(intervals):
    pieces = [list(pair) for pair in intervals]
    changed = True
    while changed:
        changed = False
        for i in range(len(pieces)):
            for j in range(i + 1, len(pieces)):
                (a, b), (c, d) = pieces[i], pieces[j]
                if a <= d and c <= b:
                    pieces[i] = [min(a, c), max(b, d)]
                    del pieces[j]
                    changed = True
                    break
            if changed:
                break
    return pieces
