# Seeds dp[c] += 1 ("the coin alone") instead of dp[0] = 1: right for every positive amount, 0 for amount 0.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [0] * (amount + 1)
        for c in coins:
            if c <= amount:
                dp[c] += 1
            for x in range(c + 1, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
