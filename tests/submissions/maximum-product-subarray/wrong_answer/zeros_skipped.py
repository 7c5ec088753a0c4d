"""Treats a zero only as a separator, never as a candidate: [-1,0,-1,0] answers -1, not 0."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = None
        big = small = None
        for x in nums:
            if x == 0:
                big = small = None
                continue
            if big is None:
                big = small = x
            else:
                big, small = max(x, big * x, small * x), min(x, big * x, small * x)
            best = big if best is None else max(best, big)
        return best if best is not None else 0
