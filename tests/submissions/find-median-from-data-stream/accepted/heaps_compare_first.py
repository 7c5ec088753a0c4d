"""Two heaps with an explicit comparison: the new value goes to the half it belongs to, then one top moves across
when the sizes differ by two; the median returned as an int when the count is odd (LeetCode prints 3 as 3.00000)."""
from heapq import heappop, heappush


class MedianFinder:

    def __init__(self):
        self.lo = []  # max-heap, negated
        self.hi = []

    def addNum(self, num: int) -> None:
        if not self.lo or num <= -self.lo[0]:
            heappush(self.lo, -num)
        else:
            heappush(self.hi, num)
        if len(self.lo) > len(self.hi) + 1:
            heappush(self.hi, -heappop(self.lo))
        elif len(self.hi) > len(self.lo):
            heappush(self.lo, -heappop(self.hi))

    def findMedian(self) -> float:
        if (len(self.lo) + len(self.hi)) % 2:
            return -self.lo[0]
        return (self.hi[0] - self.lo[0]) / 2
