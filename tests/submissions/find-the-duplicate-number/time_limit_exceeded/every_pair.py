"""Compares every pair of positions: O(n^2), 5 x 10^9 comparisons when the two copies are the last two numbers."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] == nums[j]:
                    return nums[i]
