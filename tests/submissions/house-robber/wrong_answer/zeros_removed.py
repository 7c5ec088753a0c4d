"""Drops the empty houses first "to save work": removing a zero makes its two neighbours adjacent, so
[0,400,0,400,0] becomes [400,400] and answers 400, not 800."""
class Solution:
    def rob(self, nums):
        a = [x for x in nums if x]
        p = c = 0
        for x in a: p, c = c, max(c, p + x)
        return c
