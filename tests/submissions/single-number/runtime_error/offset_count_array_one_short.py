"""A count array indexed by x + 30000 but of size 60000, not 60001: IndexError when 3 * 10^4 itself appears."""
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        counts = [0] * 60000
        for x in nums:
            counts[x + 30000] += 1
        for i, c in enumerate(counts):
            if c == 1:
                return i - 30000
