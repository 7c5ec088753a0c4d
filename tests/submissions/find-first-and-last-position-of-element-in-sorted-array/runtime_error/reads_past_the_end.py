"""Checks nums[lo] == target without checking lo < len(nums): a target above every value, or the empty array,
is an IndexError."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        lo = bisect_left(nums, target)
        if nums[lo] != target:
            return [-1, -1]
        return [lo, bisect_right(nums, target) - 1]
