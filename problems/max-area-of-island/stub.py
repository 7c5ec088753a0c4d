class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        raise NotImplementedError("write your solution to max-area-of-island here, then run `shousi run max-area-of-island`")
