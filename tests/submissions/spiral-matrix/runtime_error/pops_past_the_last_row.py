# Takes the first row and rotates the rest, but never checks whether anything is left: pop(0) on an empty list.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        out = []
        while True:
            out += matrix.pop(0)
            matrix = [list(row) for row in zip(*matrix)][::-1]
        return out
