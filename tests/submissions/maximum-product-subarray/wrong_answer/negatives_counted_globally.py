"""Counts the negatives over the whole array, not per zero-free segment, and adds the suffix scan only when
that count is odd: [-1,2,3,0,-1] has two negatives in all but one in [-1,2,3], so it never sees 2 x 3 and answers 3."""
class Solution:
    def maxProduct(self, nums):
        neg = sum(1 for x in nums if x < 0)
        ans = max(nums)
        p = 1
        for x in nums:
            p = x if p == 0 else p * x
            ans = max(ans, p)
        if neg % 2 == 1:
            p = 1
            for x in reversed(nums):
                p = x if p == 0 else p * x
                ans = max(ans, p)
        return ans
