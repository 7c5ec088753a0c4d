"""Looks the successor's value up with nums.index(value), which searches from index 0: an equal number before the
pivot is swapped instead of the one in the suffix."""


class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        n = len(nums)
        i = n - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            j = nums.index(min(x for x in nums[i + 1:] if x > nums[i]))
            nums[i], nums[j] = nums[j], nums[i]
        nums[i + 1:] = nums[i + 1:][::-1]
