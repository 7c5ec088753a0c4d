"""Counts runs of equal neighbours without sorting first, keeping each value's longest run: right only when equal
values sit together (sorted or grouped input). Wrong answer on the shuffled hidden cases."""
import heapq, collections
from collections import Counter
from typing import List
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        runs=[]; st=0
        for i in range(1,len(nums)+1):
            if i==len(nums) or nums[i]!=nums[i-1]: runs.append((i-st,nums[i-1])); st=i
        best={}
        for f,v in runs: best[v]=max(best.get(v,0),f)
        return sorted(best,key=best.get,reverse=True)[:k]
