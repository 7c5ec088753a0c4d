class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        """Change matrix in place; return nothing."""
        raise NotImplementedError("write your solution to set-matrix-zeroes here, then run `shousi run set-matrix-zeroes`")
