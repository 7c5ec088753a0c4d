"""Wrong: the rotations of nums and each rotation with its tail reversed: all 3! = 6 permutations for three
numbers (the examples pass), but only 8 of the 24 for four (hidden 7)."""
from typing import *
import itertools
class Solution:
    def permute(self, nums):
        n=len(nums); out=[]
        for i in range(n):
            r=nums[i:]+nums[:i]; out.append(r)
            if n>2: out.append(r[:1]+r[1:][::-1])
        return out
