class Solution:
    def generate(self, numRows: int) -> list[list[int]]:
        """Each row from the one above: the ends are 1, every inner entry the sum of the two above it."""
        rows = [[1]]
        for _ in range(numRows - 1):
            above = rows[-1]
            rows.append([1] + [above[k - 1] + above[k] for k in range(1, len(above))] + [1])
        return rows
