# 0/1-knapsack loop (amounts downwards): every coin at most once, so amount 5 with [1,2,5] gives 1.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins:
            for x in range(amount, c - 1, -1):
                dp[x] += dp[x - c]
        return dp[amount]
