class Solution:
    def change(self, amount: int, coins: list[int]) -> int:
        """ways[x] counts the multisets of the coins seen so far that sum to x; coins outer, so order never counts."""
        ways = [1] + [0] * amount
        for c in coins:
            for x in range(c, amount + 1):
                ways[x] += ways[x - c]
        return ways[amount]
