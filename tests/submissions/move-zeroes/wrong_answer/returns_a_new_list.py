"""Returns the right list, built new, and leaves nums as it was."""


class Solution:
    def moveZeroes(self, nums: List[int]) -> List[int]:
        return [x for x in nums if x != 0] + [0] * nums.count(0)
