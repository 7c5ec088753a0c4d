# Switched the sentinel to float('inf') but still compares with amount + 1: returns inf instead of -1.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [0] + [float("inf")] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    dp[x] = min(dp[x], dp[x - c] + 1)
        return -1 if dp[amount] == amount + 1 else dp[amount]
