"""Pasted from LeetCode as is (bisect and List implicit): the suffix reversed first, so the successor is found by
bisect_right in the now ascending suffix."""
class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        nums[i + 1:] = reversed(nums[i + 1:])
        if i >= 0:
            j = bisect.bisect_right(nums, nums[i], i + 1)
            nums[i], nums[j] = nums[j], nums[i]
