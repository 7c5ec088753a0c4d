"""Bucket sort: n + 1 buckets indexed by count, read from the top. O(n)."""


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = {}
        for x in nums:
            count[x] = count.get(x, 0) + 1
        buckets = [[] for _ in range(len(nums) + 1)]
        for x, c in count.items():
            buckets[c].append(x)
        res = []
        for c in range(len(nums), 0, -1):
            for x in buckets[c]:
                res.append(x)
                if len(res) == k:
                    return res
        return res
