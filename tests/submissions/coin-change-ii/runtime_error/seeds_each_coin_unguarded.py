# Seeds dp[c] += 1 for every coin with no bounds check: IndexError as soon as a coin exceeds the amount.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [0] * (amount + 1)
        for c in coins:
            dp[c] += 1
            for x in range(c + 1, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
