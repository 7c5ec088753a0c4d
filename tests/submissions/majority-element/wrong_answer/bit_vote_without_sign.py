"""Votes bit by bit over 32 bits but never reads bit 31 as the sign: a negative majority comes back as 2^32 plus it."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        result = 0
        for bit in range(32):
            if sum((x >> bit) & 1 for x in nums) * 2 > len(nums):
                result |= 1 << bit
        return result
