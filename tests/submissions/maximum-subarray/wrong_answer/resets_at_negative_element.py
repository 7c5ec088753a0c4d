# Restarts the run at every negative element instead of when the running sum turns negative.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best, cur = nums[0], 0
        for x in nums:
            cur = x if x < 0 else cur + x
            best = max(best, cur)
            if x < 0:
                cur = 0
        return best
