"""Starts the XOR at nums[0] and then XORs every element, nums[0] included: nums[0] cancels out."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        x = nums[0]
        for v in nums:
            x ^= v
        return x
