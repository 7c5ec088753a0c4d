"""Binet's closed form, rounded to the nearest integer: exact in floating point for every n up to 45."""
import math


class Solution:
    def climbStairs(self, n: int) -> int:
        phi = (1 + math.sqrt(5)) / 2
        return round(phi ** (n + 1) / math.sqrt(5))
