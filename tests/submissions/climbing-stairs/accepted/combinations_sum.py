"""Counting by the number k of 2-moves: they sit among n - k moves in comb(n - k, k) orders (comb is implicit)."""
class Solution:
    def climbStairs(self, n: int) -> int:
        return sum(comb(n - k, k) for k in range(n // 2 + 1))
