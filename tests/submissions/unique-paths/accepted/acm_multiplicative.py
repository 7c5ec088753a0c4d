"""ACM mode: m and n on two lines of stdin; C(m + n - 2, m - 1) step by step in integers, multiplying before each
exact division."""
import sys

m = int(sys.stdin.readline())
n = int(sys.stdin.readline())
count = 1
for i in range(1, m):
    count = count * (n - 1 + i) // i
print(count)
