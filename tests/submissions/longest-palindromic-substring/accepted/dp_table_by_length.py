"""The slowest approach LeetCode accepts: the O(n^2) table dp[i][j], filled by increasing length."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        dp = [[False] * n for _ in range(n)]
        start, length = 0, 1
        for i in range(n):
            dp[i][i] = True
        for size in range(2, n + 1):
            for i in range(n - size + 1):
                j = i + size - 1
                if s[i] == s[j] and (size == 2 or dp[i + 1][j - 1]):
                    dp[i][j] = True
                    if size > length:
                        start, length = i, size
        return s[start:start + length]
