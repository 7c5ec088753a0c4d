"""Number of Islands by label propagation: every land cell starts with its own label and repeatedly takes the
smallest label among itself and its four neighbours; at the fixed point, islands are the distinct labels."""


def inputs(rng):
    while True:
        m, n = rng.randint(1, 7), rng.randint(1, 7)
        density = rng.choice((0.2, 0.4, 0.5, 0.6, 0.8, 1.0))
        yield {"grid": [["1" if rng.random() < density else "0" for _ in range(n)] for _ in range(m)]}


def solve(grid):
    m, n = len(grid), len(grid[0])
    label = {(i, j): i * n + j for i in range(m) for j in range(n) if grid[i][j] == "1"}
    changed = True
    while changed:
        changed = False
        for (i, j), own in label.items():
            best = min([own] + [label[k] for k in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)) if k in label])
            if best < own:
                label[(i, j)] = best
                changed = True
    return len(set(label.values()))
