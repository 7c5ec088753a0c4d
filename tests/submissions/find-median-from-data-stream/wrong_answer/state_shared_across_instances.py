"""Keeps the sorted list as a class attribute (a = [] in the class body), so every MedianFinder shares one list:
the second finder starts with the first one's values. Wrong answer: each case builds a new finder in the same
process, and example 2 already sees the values of example 1."""
import heapq, bisect
from typing import List
class MedianFinder:
    a=[]
    def __init__(self): pass
    def addNum(self, num): bisect.insort(self.a, num)
    def findMedian(self):
        a=self.a; n=len(a)
        return float(a[n//2]) if n%2 else (a[n//2-1]+a[n//2])/2
