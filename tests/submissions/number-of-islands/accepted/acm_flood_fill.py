"""ACM mode: the grid as one JSON line, islands counted by an iterative flood fill."""
import json

grid = json.loads(input())
rows, cols = len(grid), len(grid[0])
seen = [[False] * cols for _ in range(rows)]
count = 0
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "1" and not seen[r][c]:
            count += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1" and not seen[a][b]:
                        seen[a][b] = True
                        stack.append((a, b))
print(count)
