class Solution:
    def maxSubArray(self, nums: list[int]) -> int:
        """Kadane: the best sum of a subarray ending here either extends the one ending just before, or starts anew."""
        best = ending_here = nums[0]
        for x in nums[1:]:
            ending_here = max(x, ending_here + x)
            best = max(best, ending_here)
        return best
