"""Returns F(n) instead of F(n + 1): the Fibonacci index off by one (n = 2 answers 1)."""
class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a
