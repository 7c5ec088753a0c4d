"""The table filled from the ends: dp[i][j] is the answer for the suffixes text1[i:] and text2[j:]."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m, n = len(text1), len(text2)
        dp = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                dp[i][j] = dp[i + 1][j + 1] + 1 if text1[i] == text2[j] else max(dp[i + 1][j], dp[i][j + 1])
        return dp[0][0]
