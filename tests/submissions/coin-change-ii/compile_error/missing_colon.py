# A syntax error: the for statement lacks its colon.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins
            for x in range(c, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
