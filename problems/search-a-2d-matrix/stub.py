class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        raise NotImplementedError("write your solution to search-a-2d-matrix here, then run `shousi run search-a-2d-matrix`")
