"""LeetCode's class: two heaps, the new value pushed into the max-heap of the smaller half, its top moved over,
and moved back when the larger half grew bigger."""
import heapq


class MedianFinder:

    def __init__(self):
        self.small = []  # negated
        self.large = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.small, -num)
        heapq.heappush(self.large, -heapq.heappop(self.small))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (-self.small[0] + self.large[0]) / 2
