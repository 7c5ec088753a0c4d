"""A Fenwick tree over the whole value range [-10^5, 10^5], the k-th value found by binary lifting. Accepted:
another algorithm, O(log range) per call, well within the limit."""
import heapq, bisect
from typing import List
class MedianFinder:
    OFF=100001; N=200003
    def __init__(self): self.t=[0]*(self.N+1); self.n=0
    def addNum(self, num):
        i=num+self.OFF; self.n+=1
        while i<=self.N: self.t[i]+=1; i+=i&-i
    def kth(self,k):
        pos=0; b=1<<18
        while b:
            if pos+b<=self.N and self.t[pos+b]<k: pos+=b; k-=self.t[pos]
            b>>=1
        return pos+1-self.OFF
    def findMedian(self):
        n=self.n
        return float(self.kth(n//2+1)) if n%2 else (self.kth(n//2)+self.kth(n//2+1))/2
