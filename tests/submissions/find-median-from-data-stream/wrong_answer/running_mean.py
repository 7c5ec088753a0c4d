"""Keeps a running sum and count and returns the mean: right only while the values are symmetric."""


class MedianFinder:

    def __init__(self):
        self.total = 0
        self.count = 0

    def addNum(self, num: int) -> None:
        self.total += num
        self.count += 1

    def findMedian(self) -> float:
        return self.total / self.count
