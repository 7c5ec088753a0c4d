"""The table filled row by row from i = 0: dp[i+1][j-1] is still False when read, so only lengths 1 to 3 are
found ("abcba" answers "bcb")."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        dp = [[False] * n for _ in range(n)]
        best = s[0]
        for i in range(n):
            dp[i][i] = True
            for j in range(i + 1, n):
                if s[i] == s[j] and (j - i < 3 or dp[i + 1][j - 1]):
                    dp[i][j] = True
                    if j - i + 1 > len(best):
                        best = s[i:j + 1]
        return best
