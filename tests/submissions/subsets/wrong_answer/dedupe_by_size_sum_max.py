"""Wrong: deduplicates the subsets by (size, sum, max) instead of by their members, so distinct subsets such
as [1, 4, 5] and [2, 3, 5] collapse into one (hidden 7, 1 to 10: 386 of 1024 survive)."""
from typing import *
import itertools
class Solution:
    def subsets(self, nums):
        seen={}; 
        for k in range(len(nums)+1):
            for c in itertools.combinations(nums,k):
                seen.setdefault((len(c),sum(c),max(c,default=None)),list(c))
        return list(seen.values())
