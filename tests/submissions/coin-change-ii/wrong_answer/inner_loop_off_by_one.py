# The inner loop starts at c + 1, so dp[c] never takes dp[0]: no coin ever starts a combination.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        dp = [1] + [0] * amount
        for c in coins:
            for x in range(c + 1, amount + 1):
                dp[x] += dp[x - c]
        return dp[amount]
