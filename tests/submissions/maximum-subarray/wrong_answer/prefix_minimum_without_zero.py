# Prefix sums, but the smallest earlier prefix starts at P[1], not P[0] = 0: a run from index 0 is never seen whole.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        prefix = nums[0]
        lowest, best = prefix, nums[0]
        for x in nums[1:]:
            prefix += x
            best = max(best, x, prefix - lowest)
            lowest = min(lowest, prefix)
        return best
