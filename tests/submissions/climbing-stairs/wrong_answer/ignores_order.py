"""Counts how many 2-moves a climb has (0 to n // 2), not the orders of its moves: n = 3 answers 2."""
class Solution:
    def climbStairs(self, n: int) -> int:
        return n // 2 + 1
