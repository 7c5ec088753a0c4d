"""Marks each value seen by negating nums[value] and never restores the signs: the array is modified."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        for x in nums:
            v = abs(x)
            if nums[v] < 0:
                return v
            nums[v] = -nums[v]
