# Returns the largest single element.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        return max(nums)
