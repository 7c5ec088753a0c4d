# Pops the first row, then rotates the rest clockwise instead of counter-clockwise: the next "top row" is the
# left column read upwards.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        out = []
        while matrix:
            out += matrix.pop(0)
            matrix = [list(row) for row in zip(*matrix[::-1])]
        return out
