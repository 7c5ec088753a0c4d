# Stops at the first coin larger than the amount as if the coins were sorted: [10, 2, 3] with 7 gives 0.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins:
            if c > amount:
                break
            for x in range(c, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
