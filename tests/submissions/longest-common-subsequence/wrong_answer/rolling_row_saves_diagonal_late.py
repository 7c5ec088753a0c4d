"""One row and a diagonal, but on a mismatch the diagonal is read from the cell just overwritten instead of
its old value."""
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        n = len(text2)
        dp = [0] * (n + 1)
        for a in text1:
            diag = 0
            for j in range(1, n + 1):
                if a == text2[j - 1]:
                    tmp = dp[j]
                    dp[j] = diag + 1
                    diag = tmp
                else:
                    dp[j] = max(dp[j], dp[j - 1])
                    diag = dp[j]
        return dp[n]
