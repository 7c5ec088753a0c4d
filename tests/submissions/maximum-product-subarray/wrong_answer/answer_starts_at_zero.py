"""The right recurrence, but the answer starts at 0 and the loop at the first element: [-2] answers 0."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        big = small = 1
        best = 0
        for x in nums:
            big, small = max(x, big * x, small * x), min(x, big * x, small * x)
            best = max(best, big)
        return best
