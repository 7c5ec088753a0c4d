# No `c <= x` check: dp[x - c] with a negative index quietly reads from the end of the list, until a coin far
# larger than the amount makes it an IndexError.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [0] + [amount + 1] * amount
        for x in range(1, amount + 1):
            for c in coins:
                dp[x] = min(dp[x], dp[x - c] + 1)
        return dp[amount] if dp[amount] <= amount else -1
