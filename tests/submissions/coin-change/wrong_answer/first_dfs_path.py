# Depth-first search trying the largest coins first and returning the first combination found: it backtracks
# out of dead ends, so it never says -1 wrongly, but the first combination is not the shortest ([1,3,4], 6).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        coins = sorted(coins, reverse=True)

        def dfs(rem, used):
            if rem == 0:
                return used
            for c in coins:
                if c <= rem:
                    found = dfs(rem - c, used + 1)
                    if found != -1:
                        return found
            return -1

        return dfs(amount, 0)
