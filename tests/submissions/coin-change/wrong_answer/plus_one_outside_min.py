# Misplaced + 1: dp[x] = min(dp[x], dp[x - c]) + 1 adds a coin for every coin tried, not once.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [0] + [amount + 1] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    dp[x] = min(dp[x], dp[x - c]) + 1
        return dp[amount] if dp[amount] <= amount else -1
