# Recursion on (coin index, remaining) without memoization: one call per partial combination, exponential.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        def ways(i, rem):
            if rem == 0:
                return 1
            if i == len(coins) or rem < 0:
                return 0
            return ways(i, rem - coins[i]) + ways(i + 1, rem)

        return ways(0, amount)
