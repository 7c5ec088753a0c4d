"""Reverses the suffix with nums[i + 1:].reverse(): the slice is a copy, so nums keeps its descending suffix (and
the last permutation is left as it is)."""


class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        n = len(nums)
        i = n - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            j = n - 1
            while nums[j] <= nums[i]:
                j -= 1
            nums[i], nums[j] = nums[j], nums[i]
        nums[i + 1:].reverse()
