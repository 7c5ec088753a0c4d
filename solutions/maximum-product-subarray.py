class Solution:
    def maxProduct(self, nums: list[int]) -> int:
        """The largest and the smallest product of a subarray ending at each element, updated together."""
        big = small = best = nums[0]
        for x in nums[1:]:
            big, small = max(x, big * x, small * x), min(x, big * x, small * x)
            best = max(best, big)
        return best
