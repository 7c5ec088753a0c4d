"""The DP without dp[j - 1]: the stretch before a nest's `(` is not joined ("()(())" answers 4)."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        dp = [0] * len(s)
        for i in range(1, len(s)):
            if s[i] == ")":
                if s[i - 1] == "(":
                    dp[i] = (dp[i - 2] if i >= 2 else 0) + 2
                else:
                    j = i - dp[i - 1] - 1
                    if j >= 0 and s[j] == "(":
                        dp[i] = dp[i - 1] + 2
        return max(dp, default=0)
