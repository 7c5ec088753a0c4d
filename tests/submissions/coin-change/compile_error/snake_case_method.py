# The right algorithm under the wrong name: Solution.coin_change is neither Solution.coinChange nor a function.
class Solution:
    def coin_change(self, coins, amount):
        dp = [0] + [amount + 1] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    dp[x] = min(dp[x], dp[x - c] + 1)
        return dp[amount] if dp[amount] <= amount else -1
