# The unreduced 2-D table dp[i][x] over the first i coins: the slowest approach LeetCode accepts, O(n * amount).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        n = len(coins)
        impossible = amount + 1
        dp = [[0] + [impossible] * amount for _ in range(n + 1)]
        for i in range(1, n + 1):
            c = coins[i - 1]
            for x in range(1, amount + 1):
                dp[i][x] = dp[i - 1][x]
                if c <= x and dp[i][x - c] + 1 < dp[i][x]:
                    dp[i][x] = dp[i][x - c] + 1
        return dp[n][amount] if dp[n][amount] <= amount else -1
