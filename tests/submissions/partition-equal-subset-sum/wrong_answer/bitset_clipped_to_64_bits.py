"""The bitset clipped to 64 bits, as a C long would be: a half of 64 or more is never found."""
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2: return False
        t = total // 2
        bits = 1
        M = (1 << 64) - 1
        for x in nums:
            bits = (bits | (bits << x)) & M
        return t < 64 and bool(bits >> t & 1)
