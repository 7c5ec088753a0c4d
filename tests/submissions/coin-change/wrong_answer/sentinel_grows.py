# Sentinel 10^9, but an unreachable amount gets min(...) + 1 = 10^9 + 1, ... so the `== INF` test misses it
# and 10^9 + 2 comes back instead of -1.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        INF = 10**9
        dp = [0] + [INF] * amount
        for x in range(1, amount + 1):
            dp[x] = min((dp[x - c] for c in coins if c <= x), default=INF) + 1
        return -1 if dp[amount] == INF else dp[amount]
