# 0/1-knapsack loop (amounts downwards), so every coin is used at most once: [1,2,5] cannot make 11.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [0] + [amount + 1] * amount
        for c in coins:
            for x in range(amount, c - 1, -1):
                dp[x] = min(dp[x], dp[x - c] + 1)
        return dp[amount] if dp[amount] <= amount else -1
