"""ACM mode: numRows on stdin, the triangle printed as JSON; each row by C(r, k) = C(r, k-1) * (r-k+1) // k."""
import json
import sys

num_rows = int(sys.stdin.readline())
triangle = []
for r in range(num_rows):
    row = [1]
    for k in range(1, r + 1):
        row.append(row[-1] * (r - k + 1) // k)
    triangle.append(row)
print(json.dumps(triangle, separators=(",", ":")))
