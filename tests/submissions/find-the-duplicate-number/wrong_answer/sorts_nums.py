"""Sorts nums and looks for equal neighbours: the right number, but the array was modified, which the problem
forbids (the adapter says where)."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        nums.sort()
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1]:
                return nums[i]
