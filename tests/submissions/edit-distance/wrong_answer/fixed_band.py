"""The table kept to a band of |m - n| + 80 diagonals around the main one (the trick for "within k edits",
used here without a k): right while the cheapest alignment stays near the diagonal, but the same 380 letters
shifted 120 places need 120 deletions then 120 insertions, outside the band, and it answers 452 for 240."""
class Solution:
    def minDistance(self, a, b):
        m, n = len(a), len(b); K = abs(m - n) + 80; INF = 10**9
        dp = [[INF] * (n + 1) for _ in range(m + 1)]
        for i in range(m + 1): dp[i][0] = i
        for j in range(n + 1): dp[0][j] = j
        for i in range(1, m + 1):
            for j in range(max(1, i - K), min(n, i + K) + 1):
                if a[i-1] == b[j-1]: dp[i][j] = dp[i-1][j-1]
                else: dp[i][j] = 1 + min(dp[i-1][j], dp[i][j-1], dp[i-1][j-1])
        return dp[m][n]
