# An early "nothing to make" guard: amount 0 has one combination (the empty one), not 0.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        if amount == 0 or not coins:
            return 0
        dp = [1] + [0] * amount
        for c in coins:
            for x in range(c, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
