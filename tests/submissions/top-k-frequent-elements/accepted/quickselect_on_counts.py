"""Quickselect on the (value, count) pairs with a random pivot and a three-way split on the count: O(n)
expected. Accepted: another algorithm; the k values come out in no particular order, which the checker allows."""
import heapq, collections
from collections import Counter
from typing import List
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        import random
        c=Counter(nums); items=list(c.items())
        def sel(a,k):
            p=random.choice(a)[1]
            hi=[x for x in a if x[1]>p]; eq=[x for x in a if x[1]==p]; lo=[x for x in a if x[1]<p]
            if k<=len(hi): return sel(hi,k) if k<len(hi) else hi
            if k<=len(hi)+len(eq): return hi+eq[:k-len(hi)]
            return hi+eq+sel(lo,k-len(hi)-len(eq))
        return [v for v,_ in sel(items,k)]
