"""Backwards goal-moving, but the loop stops before index 0 and tests nums[0] >= goal at the end instead. The
same test as the loop would make for i = 0, so it is right: accepted."""
from typing import List
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        goal=len(nums)-1
        for i in range(len(nums)-2,0,-1):
            if i+nums[i]>=goal: goal=i
        return goal==0 or nums[0]>=goal
