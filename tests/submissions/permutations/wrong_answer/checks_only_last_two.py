"""Wrong: skips only a number among the last two of the path, not every used one, which is right for up to
three numbers and lets [1, 2, 3, 1] through at four (hidden 7: 48 sequences instead of 24)."""
from typing import *
import itertools
class Solution:
    def permute(self, nums):
        res=[]
        def bt(p):
            if len(p)==len(nums): res.append(p); return
            for x in nums:
                if x not in p[-2:]: bt(p+[x])
        bt([]); return res
