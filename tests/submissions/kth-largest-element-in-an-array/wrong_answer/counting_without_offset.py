"""Counts values at count[x] without the 10^4 offset: a negative value wraps to the end of the table and is read as
one of the largest."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        count = [0] * 20001
        for x in nums:
            count[x] += 1
        for v in range(20000, -1, -1):
            k -= count[v]
            if k <= 0:
                return v if v <= 10000 else v - 20001
        return 0
