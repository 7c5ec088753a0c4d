"""Bucket sort with only n buckets (0..n-1): a value that occurs n times has no bucket, IndexError."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        buckets = [[] for _ in range(len(nums))]
        for x, c in count.items():
            buckets[c].append(x)
        res = []
        for c in range(len(nums) - 1, 0, -1):
            res.extend(buckets[c])
        return res[:k]
