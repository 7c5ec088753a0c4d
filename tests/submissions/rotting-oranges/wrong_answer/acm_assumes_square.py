"""ACM mode: takes len(grid) as the width too, so a crate wider or taller than it is square is read wrongly."""
import json

grid = json.loads(input())
m = n = len(grid)
cells = [(i, j) for i in range(m) for j in range(n) if j < len(grid[i])]
level = [(i, j) for i, j in cells if grid[i][j] == 2]
fresh = sum(grid[i][j] == 1 for i, j in cells)
minutes = 0
while level and fresh:
    nxt = []
    for i, j in level:
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < m and 0 <= b < n and b < len(grid[a]) and grid[a][b] == 1:
                grid[a][b] = 2
                fresh -= 1
                nxt.append((a, b))
    level = nxt
    minutes += 1
print(minutes if fresh == 0 else -1)
