"""Binary search on the split with a strict a[i-1] < b[j]: with equal values on both sides of the split no
split satisfies it, the search runs off the end and returns 0.0. Wrong answer on the all-equal case."""
from typing import List
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        A,B=nums1,nums2
        if len(A)>len(B): A,B=B,A
        m,n=len(A),len(B); lo,hi=0,m; half=(m+n+1)//2
        INF=float("inf")
        for _ in range(100):
            if lo>hi: break
            i=(lo+hi)//2; j=half-i
            al=A[i-1] if i>0 else -INF; ar=A[i] if i<m else INF
            bl=B[j-1] if j>0 else -INF; br=B[j] if j<n else INF
            if al<br and bl<=ar:
                if (m+n)%2: return float(max(al,bl))
                return (max(al,bl)+min(ar,br))/2
            if al>br: hi=i-1
            else: lo=i+1
        return 0.0
