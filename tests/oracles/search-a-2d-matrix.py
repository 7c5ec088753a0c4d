"""Search a 2D Matrix by looking at every cell. Small matrices (1 to 5 rows and columns) whose rows are
non-decreasing and start above the previous row's last value; the target from the cells or around them."""


def inputs(rng):
    while True:
        m, n = rng.randint(1, 5), rng.randint(1, 5)
        value, matrix = rng.randint(-10, 0), []
        for _ in range(m):
            row = []
            for _ in range(n):
                row.append(value)
                value += rng.randint(0, 2)
            matrix.append(row)
            value = row[-1] + rng.randint(1, 3)
        cells = [v for row in matrix for v in row]
        target = rng.choice(cells) if rng.random() < 0.5 else rng.randint(cells[0] - 2, cells[-1] + 2)
        yield {"matrix": matrix, "target": target}


def solve(matrix, target):
    for row in matrix:
        for value in row:
            if value == target:
                return True
    return False
