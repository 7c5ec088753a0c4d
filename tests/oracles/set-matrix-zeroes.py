"""Set Matrix Zeroes by brute force, for `shousi check`: each cell of a new matrix is zero when the original row
or column holds a zero (a full scan of both per cell), on small matrices rich in zeros and in -1."""


def inputs(rng):
    while True:
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        yield {"matrix": [[rng.choice([0, -1, 1, rng.randint(-3, 3)]) for _ in range(n)] for _ in range(m)]}


def solve(matrix):
    m, n = len(matrix), len(matrix[0])
    result = []
    for i in range(m):
        row = []
        for j in range(n):
            hit = any(matrix[i][c] == 0 for c in range(n)) or any(matrix[r][j] == 0 for r in range(m))
            row.append(0 if hit else matrix[i][j])
        result.append(row)
    return result
