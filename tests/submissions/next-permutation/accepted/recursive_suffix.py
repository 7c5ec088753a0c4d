"""Recursive: advance the suffix after lo to its next arrangement; if it was the last one, it comes back ascending
and nums[lo] is swapped with the smallest larger number after it. Depth n <= 100, O(n^2)."""


class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        def advance(lo):
            if lo >= len(nums) - 1:
                return False
            if advance(lo + 1):
                return True
            larger = [k for k in range(lo + 1, len(nums)) if nums[k] > nums[lo]]
            if not larger:
                nums[lo:] = sorted(nums[lo:])
                return False
            k = min(larger, key=lambda k: nums[k])
            nums[lo], nums[k] = nums[k], nums[lo]
            return True

        advance(0)
