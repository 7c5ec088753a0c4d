"""A plain snake_case function: BFS over (cell, minute) pairs with a dict of rotting times; the grid is left alone."""
from collections import deque


def oranges_rotting(grid):
    m, n = len(grid), len(grid[0])
    when = {}
    queue = deque()
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 2:
                when[(i, j)] = 0
                queue.append((i, j, 0))
    last = 0
    while queue:
        i, j, t = queue.popleft()
        last = t
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in when:
                when[(a, b)] = t + 1
                queue.append((a, b, t + 1))
    fresh = sum(cell == 1 for row in grid for cell in row)
    return last if len(when) - sum(cell == 2 for row in grid for cell in row) == fresh else -1
