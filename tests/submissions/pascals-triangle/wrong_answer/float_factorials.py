"""n! / (k! (n-k)!) with true division: the values are right but floats, and 2.0 is not 2."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        return [[factorial(r) / (factorial(k) * factorial(r - k)) for k in range(r + 1)] for r in range(numRows)]
