# Amounts outer, coins inner: counts ordered sequences (LeetCode 377), so amount 5 with [1,2,5] gives 9, not 4.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for x in range(1, amount + 1):
            for c in coins:
                if c <= x:
                    dp[x] += dp[x - c]
        return dp[amount]
