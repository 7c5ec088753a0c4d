"""Pasted from LeetCode as is: sorts the distinct values by count, relying on the implicit `Counter` and `List`."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        cnt = Counter(nums)
        return sorted(cnt, key=lambda x: -cnt[x])[:k]
