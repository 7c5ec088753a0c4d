"""Pushes every value onto a min-heap and pops whenever it holds more than k: O(n log k) with two heap operations
per value, the slowest approach here."""
import heapq


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = []
        for x in nums:
            heapq.heappush(heap, x)
            if len(heap) > k:
                heapq.heappop(heap)
        return heap[0]
