# Top-down recursion with a dict keyed by (coin index, remaining) that also recurses into negative remainders:
# the slowest approach LeetCode accepts, a few million calls on the 300-coin cases.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        memo = {}

        def go(i, rem):
            if rem == 0:
                return 1
            if i == len(coins) or rem < 0:
                return 0
            key = (i, rem)
            if key not in memo:
                memo[key] = go(i, rem - coins[i]) + go(i + 1, rem)
            return memo[key]

        return go(0, amount)
