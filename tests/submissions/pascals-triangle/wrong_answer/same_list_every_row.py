"""Updates one row in place (correctly, from the right) but appends that same list for every row: all the rows
end up equal to the last."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        row, rows = [1], []
        for r in range(numRows):
            if r:
                row.append(1)
                for k in range(len(row) - 2, 0, -1):
                    row[k] += row[k - 1]
            rows.append(row)
        return rows
