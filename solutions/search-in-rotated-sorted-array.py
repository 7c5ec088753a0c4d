class Solution:
    def search(self, nums: list[int], target: int) -> int:
        """One-pass binary search on the closed range [lo, hi]: of [lo, mid] and [mid, hi] at least one is sorted
        (nums[lo] <= nums[mid] says the left one is), and a sorted half holds the target exactly when the target
        lies between its ends. O(log n) time, O(1) space."""
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
