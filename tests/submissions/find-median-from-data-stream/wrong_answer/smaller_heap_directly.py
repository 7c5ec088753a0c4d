"""Pushes each value straight into whichever heap is smaller, without comparing it with the other heap's top: the
halves are balanced but no longer ordered."""
import heapq


class MedianFinder:

    def __init__(self):
        self.small, self.large = [], []

    def addNum(self, num: int) -> None:
        if len(self.small) <= len(self.large):
            heapq.heappush(self.small, -num)
        else:
            heapq.heappush(self.large, num)

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return float(-self.small[0])
        return (self.large[0] - self.small[0]) / 2
