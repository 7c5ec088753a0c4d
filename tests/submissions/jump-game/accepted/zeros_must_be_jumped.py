"""Only zeros can stop you: each zero before the last index needs an earlier index that jumps strictly past it."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0  # the farthest index reachable from the indices before i
        for i in range(len(nums) - 1):
            reach = max(reach, i + nums[i])
            if nums[i] == 0 and reach <= i:
                return False
        return True
