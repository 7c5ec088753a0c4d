# Starts the answer at 0, as if the empty subarray counted: an all-negative array answers 0.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = cur = 0
        for x in nums:
            cur = max(0, cur + x)
            best = max(best, cur)
        return best
