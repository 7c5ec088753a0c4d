"""Pasted from LeetCode as is: heapq's nlargest, relying on the implicit `heapq` names."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return nlargest(k, nums)[-1]
