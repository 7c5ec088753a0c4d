# A table of n + 2 flags indexed by every positive value: IndexError on a value above n + 1.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        n = len(nums)
        seen = [False] * (n + 2)
        for v in nums:
            if v > 0:
                seen[v] = True
        for k in range(1, n + 2):
            if not seen[k]:
                return k
