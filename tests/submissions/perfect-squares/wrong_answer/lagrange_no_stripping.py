"""The number theory without stripping the factors 4: tests n % 8 == 7 on n itself, so 28 = 4 x 7 answers 3."""
class Solution:
    def numSquares(self, n: int) -> int:
        if isqrt(n) ** 2 == n:
            return 1
        if n % 8 == 7:
            return 4
        for k in range(1, isqrt(n) + 1):
            if isqrt(n - k * k) ** 2 == n - k * k:
                return 2
        return 3
