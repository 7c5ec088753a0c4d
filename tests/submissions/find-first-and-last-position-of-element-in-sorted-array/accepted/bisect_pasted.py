"""Pasted from LeetCode: bisect_left and bisect_right, relying on LeetCode's implicit imports."""
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        lo = bisect_left(nums, target)
        if lo == len(nums) or nums[lo] != target:
            return [-1, -1]
        return [lo, bisect_right(nums, target) - 1]
