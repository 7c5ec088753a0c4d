"""Two heaps, but the even median is computed with //: 1.5 becomes 1 and -1.5 becomes -2."""
import heapq


class MedianFinder:

    def __init__(self):
        self.small, self.large = [], []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.large, -heapq.heappushpop(self.small, -num))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (self.large[0] - self.small[0]) // 2
