"""Spiral Matrix by walking: go straight until the next cell is outside the grid or already visited, then turn
right; stop when every cell has been visited."""

RIGHT, DOWN, LEFT, UP = (0, 1), (1, 0), (0, -1), (-1, 0)


def inputs(rng):
    while True:
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        yield {"matrix": [[rng.randint(-100, 100) for _ in range(n)] for _ in range(m)]}


def solve(matrix):
    m, n = len(matrix), len(matrix[0])
    visited, out = set(), []
    r, c, turns = 0, 0, [RIGHT, DOWN, LEFT, UP]
    heading = 0
    for _ in range(m * n):
        visited.add((r, c))
        out.append(matrix[r][c])
        for attempt in range(4):
            dr, dc = turns[(heading + attempt) % 4]
            if 0 <= r + dr < m and 0 <= c + dc < n and (r + dr, c + dc) not in visited:
                heading = (heading + attempt) % 4
                r, c = r + dr, c + dc
                break
    return out
