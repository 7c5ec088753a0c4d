"""LeetCode's class: Counter.most_common(k), the values taken from its (value, count) pairs."""
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return [value for value, _ in Counter(nums).most_common(k)]
