"""Search a 2D Matrix II by looking at every cell."""


def inputs(rng):
    while True:
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        matrix = [[0] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                floor = max(matrix[i - 1][j] if i else -10, matrix[i][j - 1] if j else -10)
                matrix[i][j] = floor + rng.randint(0, 3)
        values = [v for row in matrix for v in row]
        target = rng.choice(values) if rng.random() < 0.5 else rng.randint(min(values) - 2, max(values) + 2)
        yield {"matrix": matrix, "target": target}


def solve(matrix, target):
    return any(value == target for row in matrix for value in row)
