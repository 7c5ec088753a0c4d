"""Wrong: one subset too many, only when n = 10 (the whole array comes out twice). Hidden 7, the max case,
catches it by the multiset comparison: the repeated subset is named."""
from typing import *
import itertools
class Solution:
    def subsets(self, nums):
        res=[[]]
        for x in nums: res+=[r+[x] for r in res]
        if len(nums)==10: res.append(res[-1][:])
        return res
