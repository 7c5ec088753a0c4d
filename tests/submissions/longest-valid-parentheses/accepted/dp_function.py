"""A plain function: dp[i] = the longest valid substring ending at i, joined to the stretch before its `(`."""


def longest_valid_parentheses(s):
    dp = [0] * len(s)
    for i in range(1, len(s)):
        if s[i] != ")":
            continue
        if s[i - 1] == "(":
            dp[i] = (dp[i - 2] if i >= 2 else 0) + 2
        else:
            j = i - dp[i - 1] - 1
            if j >= 0 and s[j] == "(":
                dp[i] = dp[i - 1] + 2 + (dp[j - 1] if j >= 1 else 0)
    return max(dp, default=0)
