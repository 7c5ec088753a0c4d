"""Binary search on the split with sentinels of exactly -10**6 and 10**6, the constraint bounds, instead of
infinities. A real value equal to a sentinel only makes a tie, which the <= comparisons and max/min absorb, so
the answer is always right: accepted (unlike sentinels of 0 or of 999999)."""
from typing import List
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        A,B=nums1,nums2
        if len(A)>len(B): A,B=B,A
        m,n=len(A),len(B); lo,hi=0,m; half=(m+n+1)//2
        INF=10**6
        while lo<=hi:
            i=(lo+hi)//2; j=half-i
            al=A[i-1] if i>0 else -INF; ar=A[i] if i<m else INF
            bl=B[j-1] if j>0 else -INF; br=B[j] if j<n else INF
            if al<=br and bl<=ar:
                if (m+n)%2: return float(max(al,bl))
                return (max(al,bl)+min(ar,br))/2
            if al>br: hi=i-1
            else: lo=i+1
