"""An m x n table indexed dp[i - 1][j - 1] from i = 0 and j = 0: Python's dp[-1] reads the last row or column
instead of raising, so a match borrows a count from elsewhere ("ab" and "ba" answer 2)."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m, n = len(text1), len(text2)
        dp = [[0] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                if text1[i] == text2[j]:
                    dp[i][j] = dp[i - 1][j - 1] + 1
                else:
                    dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
        return dp[-1][-1]
