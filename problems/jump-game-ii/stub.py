class Solution:
    def jump(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to jump-game-ii here, then run `shousi run jump-game-ii`")
