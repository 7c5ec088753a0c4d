"""Short-cuts the ends with target <= nums[0] -> 0 and target >= nums[-1] -> len(nums): the second is one too far
when target is the last value itself (its index is len(nums) - 1). Wrong answer on [1, 3] / 3."""
import bisect


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        if target <= nums[0]:
            return 0
        if target >= nums[-1]:
            return len(nums)
        return bisect.bisect_left(nums, target)
