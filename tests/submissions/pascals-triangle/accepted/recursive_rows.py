"""Recursive: the triangle of numRows - 1 rows, plus one row built from its last."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        if numRows == 1:
            return [[1]]
        triangle = self.generate(numRows - 1)
        last = triangle[-1]
        triangle.append([1] + [last[k] + last[k + 1] for k in range(len(last) - 1)] + [1])
        return triangle
