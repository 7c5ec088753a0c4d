class Solution:
    def coinChange(self, coins: list[int], amount: int) -> int:
        """Bottom-up DP: fewest[x] is the fewest coins summing to x; amount + 1 stands for "impossible"."""
        impossible = amount + 1
        fewest = [0] + [impossible] * amount
        usable = [c for c in set(coins) if c <= amount]
        for x in range(1, amount + 1):
            best = impossible
            for c in usable:
                if c <= x and fewest[x - c] + 1 < best:
                    best = fewest[x - c] + 1
            fewest[x] = best
        return fewest[amount] if fewest[amount] <= amount else -1
