"""The usual search on nums[hi], plus an early exit when nums[mid] is below its left neighbour. At mid = 0 that
neighbour is nums[-1], the last value: nums[0] < nums[-1] holds exactly when the array is sorted, and then nums[0]
is the minimum. Accepted: Python's negative index happens to be harmless here."""
class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < nums[mid - 1]:
                return nums[mid]
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
