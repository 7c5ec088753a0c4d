"""Sorts descending and takes index k: the (k+1)-th largest (and, for k = n, wraps around to the largest)."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums, reverse=True)[k % len(nums)]
