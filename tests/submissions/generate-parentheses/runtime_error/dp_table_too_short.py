# Allocates n rows for the DP table instead of n + 1: IndexError when it fills row n.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        dp = [[] for _ in range(n)]
        dp[0] = [""]
        for k in range(1, n + 1):
            for i in range(k):
                for a in dp[i]:
                    for b in dp[k - 1 - i]:
                        dp[k].append("(" + a + ")" + b)
        return dp[n]
