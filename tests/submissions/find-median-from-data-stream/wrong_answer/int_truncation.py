"""Sorted list, but the even median goes through int(): 1.5 becomes 1 and -1.5 becomes -1."""
import bisect


class MedianFinder:

    def __init__(self):
        self.a = []

    def addNum(self, num: int) -> None:
        bisect.insort(self.a, num)

    def findMedian(self) -> float:
        n = len(self.a)
        return float(self.a[n // 2]) if n % 2 else float(int((self.a[n // 2 - 1] + self.a[n // 2]) / 2))
