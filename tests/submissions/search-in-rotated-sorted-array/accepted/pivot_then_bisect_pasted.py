"""Pasted from LeetCode: find the minimum's index (LC153), then bisect_left on the segment that can hold the
target; relies on bisect_left being predefined."""
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
        if pivot > 0 and target >= nums[0]:
            start, end = 0, pivot
        else:
            start, end = pivot, len(nums)
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1
