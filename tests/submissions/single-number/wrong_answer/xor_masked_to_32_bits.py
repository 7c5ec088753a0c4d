"""XOR masked with 0xFFFFFFFF, C-style, and never mapped back to a signed value: a negative single value comes
back as 2^32 - |x| (-1 answers 4294967295)."""
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        r = 0
        for x in nums:
            r = (r ^ x) & 0xFFFFFFFF
        return r
