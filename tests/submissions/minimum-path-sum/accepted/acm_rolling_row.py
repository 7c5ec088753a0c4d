"""ACM mode: the grid as a JSON line on stdin, the cheapest cost printed; one rolling row."""
import json
import sys

grid = json.loads(sys.stdin.readline())
row = []
for value in grid[0]:
    row.append(value + (row[-1] if row else 0))
for cells in grid[1:]:
    row[0] += cells[0]
    for j in range(1, len(cells)):
        row[j] = cells[j] + min(row[j], row[j - 1])
print(row[-1])
