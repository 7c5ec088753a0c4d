class Solution:
    def searchInsert(self, nums: list[int], target: int) -> int:
        """The lower bound: the first index whose value is at least `target`, or len(nums) when none is.

        The answer stays in the half-open range [lo, hi): everything left of lo is below the target, everything
        from hi on is at least the target. O(log n) time, O(1) space.
        """
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo
