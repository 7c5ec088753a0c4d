# Prefix sums: the best sum ending at j is P[j] minus the smallest prefix before it (P[0] = 0 included).
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        prefix, lowest, best = 0, 0, nums[0]
        for x in nums:
            prefix += x
            best = max(best, prefix - lowest)
            lowest = min(lowest, prefix)
        return best
