"""Returns the sorted list, built new, and leaves nums as it was."""


class Solution:
    def sortColors(self, nums: List[int]) -> List[int]:
        return [0] * nums.count(0) + [1] * nums.count(1) + [2] * nums.count(2)
