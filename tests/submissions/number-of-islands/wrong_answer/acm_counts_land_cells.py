"""ACM mode: prints the number of land cells, not of islands."""
import json

grid = json.loads(input())
print(sum(row.count("1") for row in grid))
