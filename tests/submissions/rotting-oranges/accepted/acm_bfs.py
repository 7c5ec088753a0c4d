"""ACM mode: the grid as one JSON line, the minutes printed, by a level-by-level multi-source BFS."""
import json

grid = json.loads(input())
m, n = len(grid), len(grid[0])
level = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 2]
fresh = sum(row.count(1) for row in grid)
minutes = 0
while level and fresh:
    nxt = []
    for i, j in level:
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                grid[a][b] = 2
                fresh -= 1
                nxt.append((a, b))
    level = nxt
    minutes += 1
print(minutes if fresh == 0 else -1)
