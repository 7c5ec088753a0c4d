"""Two heaps, but the smaller half is stored unnegated: heapq makes it a min-heap, so its "largest" is its smallest."""
import heapq


class MedianFinder:

    def __init__(self):
        self.small, self.large = [], []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.small, num)
        heapq.heappush(self.large, heapq.heappop(self.small))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, heapq.heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return float(self.small[0])
        return (self.small[0] + self.large[0]) / 2
