class Solution:
    def searchRange(self, nums: list[int], target: int) -> list[int]:
        """Two bound searches on half-open ranges: the first index whose value is at least `target` (the run's
        start) and the first whose value is above it (one past the run's end). O(log n) time, O(1) space."""

        def first_index(pred):
            # The first index i with pred(nums[i]), or len(nums); pred is False then True along nums.
            lo, hi = 0, len(nums)
            while lo < hi:
                mid = (lo + hi) // 2
                if pred(nums[mid]):
                    hi = mid
                else:
                    lo = mid + 1
            return lo

        start = first_index(lambda value: value >= target)
        if start == len(nums) or nums[start] != target:
            return [-1, -1]
        end = first_index(lambda value: value > target) - 1
        return [start, end]
