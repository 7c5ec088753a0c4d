"""Correct but unusual: Gray-code order, each subset sorted in decreasing order, the whole list reversed.
Any order of the subsets and of the numbers within each is accepted."""
from typing import *
import itertools
class Solution:
    def subsets(self, nums):
        n=len(nums); out=[]
        for i in range(1<<n):
            g=i^(i>>1); out.append(sorted((nums[j] for j in range(n) if g>>j&1), reverse=True))
        return out[::-1]
