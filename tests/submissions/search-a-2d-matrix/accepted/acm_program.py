"""ACM mode: the matrix on the first line, target on the second; Python's True/False printed."""
import json

matrix = json.loads(input())
target = json.loads(input())
print(any(target in row for row in matrix))
