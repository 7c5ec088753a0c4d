"""LeetCode's class: the largest and smallest products ending here, swapped when x is negative."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        big = small = best = nums[0]
        for x in nums[1:]:
            if x < 0:
                big, small = small, big
            big = max(x, big * x)
            small = min(x, small * x)
            best = max(best, big)
        return best
