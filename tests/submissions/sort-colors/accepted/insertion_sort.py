"""Insertion sort by adjacent swaps: O(n^2), the slowest approach LeetCode still accepts at n = 300."""


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        for i in range(1, len(nums)):
            j = i
            while j > 0 and nums[j - 1] > nums[j]:
                nums[j - 1], nums[j] = nums[j], nums[j - 1]
                j -= 1
