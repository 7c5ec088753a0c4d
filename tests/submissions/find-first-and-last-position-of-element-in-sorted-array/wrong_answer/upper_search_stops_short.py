"""The upper-bound search on [0, len(nums) - 1] with `while lo < hi`: lo never reaches len(nums), so a run that
ends at the last index is reported one short."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        first = bisect_left(nums, target)
        if first == len(nums) or nums[first] != target:
            return [-1, -1]
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= target:
                lo = mid + 1
            else:
                hi = mid
        return [first, lo - 1]
