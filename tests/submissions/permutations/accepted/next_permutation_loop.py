"""Correct but unusual: next-permutation from the sorted array until it wraps, lexicographic order."""
from typing import *
import itertools
class Solution:
    def permute(self, nums):
        a=sorted(nums); res=[a[:]]
        while True:
            i=len(a)-2
            while i>=0 and a[i]>=a[i+1]: i-=1
            if i<0: return res
            j=len(a)-1
            while a[j]<=a[i]: j-=1
            a[i],a[j]=a[j],a[i]; a[i+1:]=reversed(a[i+1:]); res.append(a[:])
