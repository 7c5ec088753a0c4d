"""(m + n - 2)! / ((m - 1)! (n - 1)!) with true division: the count is right but a float (28.0 is not 28)."""
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return factorial(m + n - 2) / (factorial(m - 1) * factorial(n - 1))
