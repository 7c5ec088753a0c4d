"""Divide and conquer at the lowest bar, found by scanning the range: O(n^2) when the split is lopsided, as on
equal or sorted bars (the recursion is n deep there too). Time limit exceeded on the all-equal maximum case."""
import sys
from typing import List
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        sys.setrecursionlimit(10**6)
        def go(l,r):
            if l>r: return 0
            m=min(range(l,r+1),key=heights.__getitem__)
            return max(heights[m]*(r-l+1),go(l,m-1),go(m+1,r))
        return go(0,len(heights)-1)
