"""Bit by bit: the duplicate has exactly the bits that more numbers of nums have than numbers of 1..n do."""
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums) - 1
        answer = 0
        for bit in range(n.bit_length()):
            mask = 1 << bit
            have = sum(1 for x in nums if x & mask)
            expected = sum(1 for v in range(1, n + 1) if v & mask)
            if have > expected:
                answer |= mask
        return answer
