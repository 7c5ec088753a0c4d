class Solution:
    def canJump(self, nums: List[int]) -> bool:
        raise NotImplementedError("write your solution to jump-game here, then run `shousi run jump-game`")
