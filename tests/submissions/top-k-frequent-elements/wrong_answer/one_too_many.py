"""Sorts by count and slices one too far: k + 1 values (all of them when k is the number of distinct values)."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        cnt = Counter(nums)
        return sorted(cnt, key=lambda x: -cnt[x])[:k + 1]
