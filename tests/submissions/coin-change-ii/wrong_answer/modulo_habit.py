# Takes counts modulo 10^9 + 7 out of habit; the answer here can reach 2^31 - 1, so a large count is wrong.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        MOD = 10**9 + 7
        dp = [1] + [0] * amount
        for c in coins:
            for x in range(c, amount + 1):
                dp[x] = (dp[x] + dp[x - c]) % MOD
        return dp[amount]
