"""Pasted from LeetCode: Lagrange's four squares and Legendre's three squares, with the implicit `isqrt` (LeetCode's
`from math import *`): 1 for a square, 4 for 4^a (8b + 7), 2 if some n - k^2 is a square, else 3. O(sqrt n)."""
class Solution:
    def numSquares(self, n: int) -> int:
        if isqrt(n) ** 2 == n:
            return 1
        m = n
        while m % 4 == 0:
            m //= 4
        if m % 8 == 7:
            return 4
        for k in range(1, isqrt(n) + 1):
            if isqrt(n - k * k) ** 2 == n - k * k:
                return 2
        return 3
