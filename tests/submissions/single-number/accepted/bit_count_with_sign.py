"""LC137-style: count each of the 32 bits modulo 2, then read bit 31 as the sign. The slowest accepted: 32 passes."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = 0
        for bit in range(32):
            if sum((x >> bit) & 1 for x in nums) % 2:
                result |= 1 << bit
        return result - (1 << 32) if result >= 1 << 31 else result
