import heapq


class MedianFinder:
    """Two heaps: `low`, a max-heap (negated) of the smaller half, and `high`, a min-heap of the larger half, with
    len(low) == len(high) or len(low) == len(high) + 1. Every value passes through `low` into `high`, and back if
    `high` grew larger, so every value of `low` stays <= every value of `high`. addNum O(log n), findMedian O(1)."""

    def __init__(self):
        self.low: list[int] = []
        self.high: list[int] = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (self.high[0] - self.low[0]) / 2
