"""Pasted from LeetCode as is: top-down recursion memoized with the implicit lru_cache, relying on it and on List
being predefined."""
class Solution:
    def climbStairs(self, n: int) -> int:
        @lru_cache(None)
        def ways(i):
            if i <= 1:
                return 1
            return ways(i - 1) + ways(i - 2)

        return ways(n)
