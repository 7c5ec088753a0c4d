class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        raise NotImplementedError("write your solution to spiral-matrix here, then run `shousi run spiral-matrix`")
