# A plain snake_case function: BFS with collections.deque and a visited matrix; the grid is left alone.
from collections import deque


def max_area_of_island(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    best = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 1 and not seen[i][j]:
                seen[i][j] = True
                queue, area = deque([(i, j)]), 0
                while queue:
                    x, y = queue.popleft()
                    area += 1
                    for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and not seen[a][b]:
                            seen[a][b] = True
                            queue.append((a, b))
                best = max(best, area)
    return best
