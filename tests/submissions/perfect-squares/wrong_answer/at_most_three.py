"""Believes three squares always suffice: 1 for a square, 2 for a sum of two, else 3; 7 needs 4."""
class Solution:
    def numSquares(self, n: int) -> int:
        if isqrt(n) ** 2 == n:
            return 1
        for k in range(1, isqrt(n) + 1):
            if isqrt(n - k * k) ** 2 == n - k * k:
                return 2
        return 3
