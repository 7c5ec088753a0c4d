"""A correct DP that returns max(dp): the empty string has an empty table, and max() of it raises ValueError."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        dp = [0] * len(s)
        for i in range(1, len(s)):
            if s[i] == ")" and s[i - 1] == "(":
                dp[i] = (dp[i - 2] if i >= 2 else 0) + 2
            elif s[i] == ")":
                j = i - dp[i - 1] - 1
                if j >= 0 and s[j] == "(":
                    dp[i] = dp[i - 1] + 2 + (dp[j - 1] if j >= 1 else 0)
        return max(dp)
