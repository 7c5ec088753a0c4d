"""LeetCode's class: each row from the one above, ends set to 1 and the inner entries summed."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        triangle = []
        for r in range(numRows):
            row = [1] * (r + 1)
            for k in range(1, r):
                row[k] = triangle[r - 1][k - 1] + triangle[r - 1][k]
            triangle.append(row)
        return triangle
