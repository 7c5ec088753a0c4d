"""LeetCode's class: sort, then index from the end. O(n log n), accepted."""


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[-k]
