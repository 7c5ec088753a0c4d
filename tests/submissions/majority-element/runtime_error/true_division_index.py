"""Sorts and indexes with len(nums) / 2: true division makes a float, and a list index must be an int (TypeError)."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        nums.sort()
        return nums[len(nums) / 2]
