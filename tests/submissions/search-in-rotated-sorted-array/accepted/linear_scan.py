"""The slowest approach accepted (as on LeetCode at n <= 5000): a Python loop over every index, O(n)."""


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        for i in range(len(nums)):
            if nums[i] == target:
                return i
        return -1
