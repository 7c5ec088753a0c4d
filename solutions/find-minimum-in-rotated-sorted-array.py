class Solution:
    def findMin(self, nums: list[int]) -> int:
        """Binary search for the drop, comparing with the last value of the range: a middle value above it means the
        drop is to the right of mid; otherwise [mid, hi] is sorted and the minimum is at mid or to its left.
        The minimum stays in [lo, hi] throughout. O(log n) time, O(1) space."""
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
