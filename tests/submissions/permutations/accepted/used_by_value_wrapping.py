"""Correct but unusual: a used array of 21 slots indexed by the value itself; a negative value wraps to the
end (-1 -> 20, -10 -> 11), which cannot collide with 0..10, so every value in [-10, 10] has its own slot.
Accepted (the 7-slot variant is the runtime_error sibling)."""
from typing import *
import itertools
class Solution:
    def permute(self, nums):
        res=[]; path=[]; used=[False]*21
        def bt():
            if len(path)==len(nums): res.append(path[:]); return
            for x in nums:
                if not used[x]: used[x]=True; path.append(x); bt(); path.pop(); used[x]=False
        bt(); return res
