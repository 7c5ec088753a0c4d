# Pasted from LeetCode as is: top-down recursion memoized on (coin index, remaining) with the implicit
# cache and List; up to 300 x 5000 cached states and recursion thousands of levels deep.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        n = len(coins)

        @cache
        def ways(i, rem):
            if rem == 0:
                return 1
            if i == n:
                return 0
            total = ways(i + 1, rem)
            if coins[i] <= rem:
                total += ways(i, rem - coins[i])
            return total

        return ways(0, amount)
