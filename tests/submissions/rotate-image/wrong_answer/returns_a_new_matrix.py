"""Returns the rotated matrix, built new, and leaves matrix as it was."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> List[List[int]]:
        return [list(row) for row in zip(*matrix[::-1])]
