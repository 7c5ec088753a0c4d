"""The slowest approach accepted (as on LeetCode at n <= 10^4): scan for the first value at least target, O(n)."""


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        for i, value in enumerate(nums):
            if value >= target:
                return i
        return len(nums)
