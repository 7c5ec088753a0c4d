class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        raise NotImplementedError("write your solution to number-of-islands here, then run `shousi run number-of-islands`")
