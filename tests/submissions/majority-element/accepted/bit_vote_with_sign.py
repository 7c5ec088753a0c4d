"""Vote bit by bit over 32 bits (the majority's bit is the one more than half the numbers share), then read bit 31
as the sign."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        result = 0
        for bit in range(32):
            if sum((x >> bit) & 1 for x in nums) * 2 > len(nums):
                result |= 1 << bit
        return result - (1 << 32) if result >> 31 else result
