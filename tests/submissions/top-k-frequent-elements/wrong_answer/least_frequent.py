"""Sorts by count ascending and takes the first k: the least frequent values."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        cnt = Counter(nums)
        return sorted(cnt, key=cnt.get)[:k]
