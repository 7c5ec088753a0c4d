# Seeds dp[c] = 1 for every coin without checking c <= amount: IndexError (coins [1] with amount 0).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [inf] * (amount + 1)
        dp[0] = 0
        for c in coins:
            dp[c] = 1
        for x in range(1, amount + 1):
            for c in coins:
                if c < x:
                    dp[x] = min(dp[x], dp[x - c] + 1)
        return -1 if dp[amount] == inf else dp[amount]
