"""ACM mode: n on stdin, the least count printed; the bottom-up DP."""
import sys

n = int(sys.stdin.readline())
squares = [k * k for k in range(1, int(n ** 0.5) + 2) if k * k <= n]
dp = [0] * (n + 1)
for i in range(1, n + 1):
    dp[i] = 1 + min(dp[i - s] for s in squares if s <= i)
print(dp[n])
