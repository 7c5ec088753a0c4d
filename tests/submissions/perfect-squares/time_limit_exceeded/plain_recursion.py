"""The recurrence without a memo: least(i) = 1 + min least(i - k*k) tries every ordered sum of squares,
astronomically many for n = 9999."""
class Solution:
    def numSquares(self, n: int) -> int:
        if n == 0:
            return 0
        best = n
        k = 1
        while k * k <= n:
            best = min(best, 1 + self.numSquares(n - k * k))
            k += 1
        return best
