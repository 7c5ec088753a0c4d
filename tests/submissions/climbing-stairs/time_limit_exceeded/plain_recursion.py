"""The recurrence without memoization: about F(n + 1) calls, 1.8 x 10^9 at n = 45."""
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
