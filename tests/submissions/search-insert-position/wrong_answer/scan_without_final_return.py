"""A scan that forgets the target above every value: the loop ends and the method returns None."""


class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        for i, value in enumerate(nums):
            if value >= target:
                return i
