"""Checks each zero for an earlier index that reaches it (>=) instead of one that jumps past it (>)."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for i in range(len(nums) - 1):
            if nums[i] == 0 and reach < i:
                return False
            reach = max(reach, i + nums[i])
        return True
