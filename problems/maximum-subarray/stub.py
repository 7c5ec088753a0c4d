class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to maximum-subarray here, then run `shousi run maximum-subarray`")
