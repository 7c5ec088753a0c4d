"""The binomial as a product of float fractions, truncated by int(): 14 x 3 multiplies up to 104.99999999999999
and answers 104."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        count = 1.0
        for i in range(1, m):
            count *= (n - 1 + i) / i
        return int(count)
