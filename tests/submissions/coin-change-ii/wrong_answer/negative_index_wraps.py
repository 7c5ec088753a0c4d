# Runs every x from 1 without checking x >= c: dp[x - c] with a negative index adds counts from the list's end.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins:
            for x in range(1, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
