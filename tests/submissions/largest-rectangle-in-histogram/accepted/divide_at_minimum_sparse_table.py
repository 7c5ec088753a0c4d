"""Divide and conquer at the lowest bar, the lowest found in O(1) from a sparse table, the ranges kept on an
explicit stack instead of recursion: O(n log n). Accepted: another algorithm, safe on sorted input too."""
import sys
from typing import List
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n=len(heights)
        # iterative divide and conquer with a sparse table for the minimum index
        lg=[0]*(n+1)
        for i in range(2,n+1): lg[i]=lg[i//2]+1
        sp=[list(range(n))]
        j=1
        while (1<<j)<=n:
            p=sp[-1]; h=1<<(j-1)
            sp.append([p[i] if heights[p[i]]<=heights[p[i+h]] else p[i+h] for i in range(n-(1<<j)+1)])
            j+=1
        def qmin(l,r):
            k=lg[r-l+1]; a=sp[k][l]; b=sp[k][r-(1<<k)+1]
            return a if heights[a]<=heights[b] else b
        best=0; todo=[(0,n-1)]
        while todo:
            l,r=todo.pop()
            if l>r: continue
            m=qmin(l,r); best=max(best,heights[m]*(r-l+1))
            todo.append((l,m-1)); todo.append((m+1,r))
        return best
