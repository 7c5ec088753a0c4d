"""ACM mode: the matrix on one line; the changed matrix printed."""
import json

matrix = json.loads(input())
rows = {i for i, row in enumerate(matrix) if 0 in row}
columns = {j for j, column in enumerate(zip(*matrix)) if 0 in column}
print(json.dumps([[0 if i in rows or j in columns else x for j, x in enumerate(row)] for i, row in enumerate(matrix)]))
