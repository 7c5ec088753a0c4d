from collections import Counter


class Solution:
    def topKFrequent(self, nums: list[int], k: int) -> list[int]:
        """Bucket sort by count: bucket c holds the values that occur c times (c from 1 to n); read the buckets from
        the highest count down until k values are taken. O(n)."""
        buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
        for value, count in Counter(nums).items():
            buckets[count].append(value)
        top: list[int] = []
        for count in range(len(nums), 0, -1):
            top.extend(buckets[count])
            if len(top) >= k:
                return top[:k]
        return top
