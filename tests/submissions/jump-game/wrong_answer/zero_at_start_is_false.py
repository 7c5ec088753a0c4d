"""The greedy, guarded by `if nums[0] == 0: return False`: but [0] is already at the last index."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        if nums[0] == 0:
            return False
        reach = 0
        for i in range(len(nums)):
            if i > reach:
                return False
            reach = max(reach, i + nums[i])
        return True
