# DP whose loop stops one short and returns the last row built: the answer for n - 1.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        dp = [[""]]
        for k in range(1, n):
            dp.append(["(" + a + ")" + b for i in range(k) for a in dp[i] for b in dp[k - 1 - i]])
        return dp[-1] if n > 1 else ["()"]
