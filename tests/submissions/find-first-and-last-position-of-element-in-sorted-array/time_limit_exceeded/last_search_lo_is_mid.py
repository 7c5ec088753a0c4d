"""The last-copy search keeps `lo = mid` on a hit, with mid rounded down: once hi == lo + 1 and nums[lo] is the
target, mid is lo again and the loop never ends (example 1 already hangs). Rounding mid up fixes it."""


class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        first = bisect_left(nums, target)
        if first == len(nums) or nums[first] != target:
            return [-1, -1]
        lo, hi = first, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                lo = mid
            else:
                hi = mid - 1
        return [first, lo]
