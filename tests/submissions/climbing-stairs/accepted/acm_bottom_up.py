"""ACM mode: n on stdin, the number of climbs printed; bottom-up."""
import sys

n = int(sys.stdin.readline())
a, b = 1, 1
for _ in range(n):
    a, b = b, a + b
print(a)
