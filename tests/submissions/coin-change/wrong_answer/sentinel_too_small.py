# Sentinel 10^4 "because amount <= 10^4": but coins [1] with amount 10^4 really needs 10^4 coins, and gets -1.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        LIMIT = 10**4
        dp = [0] + [LIMIT] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    dp[x] = min(dp[x], dp[x - c] + 1)
        return -1 if dp[amount] >= LIMIT else dp[amount]
