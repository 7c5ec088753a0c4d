"""Counts, then sorts the distinct values themselves: the k largest values, not the k most frequent."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return sorted(Counter(nums), reverse=True)[:k]
