"""Counts every distinct value with its own pass over nums: O(n * d), 2*10^9 steps with 20001 distinct values."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = []
        for v in set(nums):
            c = 0
            for x in nums:
                if x == v:
                    c += 1
            counts.append((c, v))
        counts.sort(reverse=True)
        return [v for _, v in counts[:k]]
