"""Bottom-up with two variables, ways(1) = 1 and ways(2) = 2 as the base cases: the textbook answer."""
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        a, b = 1, 2
        for _ in range(3, n + 1):
            a, b = b, a + b
        return b
