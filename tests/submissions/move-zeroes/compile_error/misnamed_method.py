"""Names the method move_zeroes inside the class (LeetCode's is moveZeroes)."""


class Solution:
    def move_zeroes(self, nums):
        nums.sort(key=lambda x: x == 0)
