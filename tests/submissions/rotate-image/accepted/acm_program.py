"""ACM mode: the matrix on one line; the rotated matrix printed."""
import json

matrix = json.loads(input())
print(json.dumps([list(row) for row in zip(*matrix[::-1])]))
