# Kadane's algorithm: drop the running sum once it turns negative.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best, cur = -inf, 0
        for x in nums:
            cur += x
            best = max(best, cur)
            if cur < 0:
                cur = 0
        return best
