"""Memoized recursion with `if n < 2: return n`, the Fibonacci base cases: ways(0) = 0 loses the climb that
ends with a 2-move from the bottom (n = 2 answers 1)."""
class Solution:
    def climbStairs(self, n: int) -> int:
        @cache
        def ways(i):
            if i < 2:
                return i
            return ways(i - 1) + ways(i - 2)

        return ways(n)
