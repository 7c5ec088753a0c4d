"""Binet's formula truncated with int() instead of rounded: phi^(n+1) / sqrt(5) is just below F(n + 1) when n + 1
is odd (n = 2: int(1.894) = 1)."""
import math


class Solution:
    def climbStairs(self, n: int) -> int:
        phi = (1 + math.sqrt(5)) / 2
        return int(phi ** (n + 1) / math.sqrt(5))
