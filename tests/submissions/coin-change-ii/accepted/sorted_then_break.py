# Sorts the coins first, so breaking at the first coin larger than the amount is safe.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in sorted(coins):
            if c > amount:
                break
            for x in range(c, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
