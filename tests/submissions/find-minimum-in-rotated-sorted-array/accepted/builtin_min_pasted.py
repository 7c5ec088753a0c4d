"""Pasted from LeetCode: min(nums), O(n), accepted by LeetCode's judge and here at n <= 5000."""
class Solution:
    def findMin(self, nums: List[int]) -> int:
        return min(nums)
