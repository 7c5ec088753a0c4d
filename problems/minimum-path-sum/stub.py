class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        raise NotImplementedError("write your solution to minimum-path-sum here, then run `shousi run minimum-path-sum`")
