"""Seeds dp[1][1] from word1[0] and word2[0] without checking for empty words: IndexError on "" ."""
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m, n = len(word1), len(word2)
        dp = [[i + j for j in range(n + 1)] for i in range(m + 1)]
        dp[1][1] = 0 if word1[0] == word2[0] else 1
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if (i, j) != (1, 1):
                    same = word1[i - 1] == word2[j - 1]
                    dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (not same))
        return dp[m][n]
