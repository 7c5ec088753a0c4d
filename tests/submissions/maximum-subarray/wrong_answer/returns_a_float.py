"""The right sums accumulated as floats and returned as 6.0: the declared return type is int, and the grader,
like an exact judge, does not take 6.0 for 6: a wrong answer whose message names both types."""
class Solution:
    def maxSubArray(self, nums):
        best = cur = float(nums[0])
        for x in nums[1:]:
            cur = max(x, cur + x); best = max(best, cur)
        return best
