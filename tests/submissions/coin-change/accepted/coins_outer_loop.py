# Complete-knapsack order (coins outer, amounts inner), with float('inf') as the sentinel, converted to -1.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [0] + [float("inf")] * amount
        for c in coins:
            for x in range(c, amount + 1):
                if dp[x - c] + 1 < dp[x]:
                    dp[x] = dp[x - c] + 1
        return -1 if dp[amount] == float("inf") else dp[amount]
