class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        """Change matrix in place; return nothing."""
        raise NotImplementedError("write your solution to rotate-image here, then run `shousi run rotate-image`")
