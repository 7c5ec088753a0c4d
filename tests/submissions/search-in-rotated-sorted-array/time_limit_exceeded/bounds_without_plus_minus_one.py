"""The one-pass search with `lo = mid` and `hi = mid` in a `lo <= hi` loop: once the range is one value that is
not the target, mid stays put and the loop never ends (example 2, an absent target, already hangs)."""


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid
                else:
                    lo = mid
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid
                else:
                    hi = mid
        return -1
