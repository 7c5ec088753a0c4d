"""range(3, n) instead of range(3, n + 1): the loop stops one step short (n = 3 answers 2)."""
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        a, b = 1, 2
        for _ in range(3, n):
            a, b = b, a + b
        return b
