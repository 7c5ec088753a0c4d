"""Binet's full formula without converting the result: it returns a float (1.0 for n = 1), which is not the
integer 1."""
import math


class Solution:
    def climbStairs(self, n: int) -> int:
        s = math.sqrt(5)
        return round(((1 + s) / 2) ** (n + 1) / s - ((1 - s) / 2) ** (n + 1) / s, 0)
