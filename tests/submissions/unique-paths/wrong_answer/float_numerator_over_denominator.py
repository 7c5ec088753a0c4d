"""The binomial C(m + n - 2, k) with the numerator and the denominator each built as a float and divided once,
then truncated by int(): exact for small grids, but 16 x 20 comes out 1855967519.9999998 and answers 1855967519
(six of the 1773 grids that fit go wrong this way)."""
class Solution:
    def uniquePaths(self, m, n):
        N, k = m + n - 2, min(m, n) - 1
        num = den = 1.0
        for i in range(1, k + 1):
            num *= N - k + i
            den *= i
        return int(num / den)
