"""Counting with the offset, but the walk down stops at -10^4 + 1 (range(20000, 0, -1)): an answer of -10^4 is never
reached, and the last value seen is returned instead."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        count = [0] * 20001
        for x in nums:
            count[x + 10000] += 1
        v = 20000
        for v in range(20000, 0, -1):
            k -= count[v]
            if k <= 0:
                break
        return v - 10000
