"""Pasted from LeetCode as is: a sorted list kept with insort (implicit `bisect` names). O(n) per add, but the shift
is a memmove: the slowest approach LeetCode still accepts."""


class MedianFinder:

    def __init__(self):
        self.a = []

    def addNum(self, num: int) -> None:
        insort(self.a, num)

    def findMedian(self) -> float:
        n = len(self.a)
        if n & 1:
            return self.a[n // 2]
        return (self.a[n // 2 - 1] + self.a[n // 2]) / 2.0
