# The unreduced table dp[i][x]: ways to make x with the first i coins (either skip coin i, or use it again).
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        n = len(coins)
        dp = [[1] + [0] * amount for _ in range(n + 1)]
        for i in range(1, n + 1):
            c = coins[i - 1]
            for x in range(1, amount + 1):
                dp[i][x] = dp[i - 1][x] + (dp[i][x - c] if x >= c else 0)
        return dp[n][amount]
