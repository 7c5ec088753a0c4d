"""Finds the successor's value right (the smallest larger one) but swaps with its leftmost copy in the suffix:
the suffix is no longer non-increasing, so reversing it does not sort it ([1,2,2] gives [2,2,1])."""


class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        n = len(nums)
        i = n - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            successor = min(x for x in nums[i + 1:] if x > nums[i])
            j = nums.index(successor, i + 1)
            nums[i], nums[j] = nums[j], nums[i]
        nums[i + 1:] = nums[i + 1:][::-1]
