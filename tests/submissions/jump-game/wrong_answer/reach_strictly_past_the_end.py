"""The greedy, but asks for reach > n - 1: landing exactly on the last index is enough."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for i in range(len(nums)):
            if i > reach:
                return False
            reach = max(reach, i + nums[i])
            if reach > len(nums) - 1:
                return True
        return False
