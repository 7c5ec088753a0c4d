"""Loops numRows times after the first row: one row too many."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        rows = [[1]]
        for _ in range(numRows):
            above = rows[-1]
            rows.append([1] + [above[k - 1] + above[k] for k in range(1, len(above))] + [1])
        return rows
