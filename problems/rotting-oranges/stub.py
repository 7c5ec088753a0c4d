class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        raise NotImplementedError("write your solution to rotting-oranges here, then run `shousi run rotting-oranges`")
