"""Pasted from LeetCode: relies on bisect_left being predefined, as LeetCode's judge imports it."""
class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return bisect_left(nums, target)
