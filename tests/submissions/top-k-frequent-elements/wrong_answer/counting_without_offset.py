"""A count table indexed by the value without the 10^4 offset: a negative value is counted at the far end of the
table and read back as a large positive value."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = [0] * 20001
        for x in nums:
            count[x] += 1
        order = sorted(range(20001), key=lambda v: -count[v])
        return [v if v <= 10000 else v - 10000 for v in order[:k]]
