# DP over the first pair's partner: every string is "(" + a + ")" + b; a plain snake_case function.
def generate_parenthesis(n):
    dp = [[""]]
    for k in range(1, n + 1):
        dp.append(["(" + a + ")" + b for i in range(k) for a in dp[i] for b in dp[k - 1 - i]])
    return dp[n]
