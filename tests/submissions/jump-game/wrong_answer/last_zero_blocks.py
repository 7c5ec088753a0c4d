"""Demands that every zero be jumped over, the one on the last index too: [1,0] is reachable."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        if len(nums) == 1:
            return True
        reach = 0
        for i in range(len(nums)):
            if nums[i] == 0 and reach <= i:
                return False
            reach = max(reach, i + nums[i])
        return True
