"""Counts in buckets x % 100003 (a hand-made hash table without collision handling) and answers the first value
that fell into the fullest bucket: a value congruent to the majority seen before it is answered instead."""
class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        counts, first = {}, {}
        for x in nums:
            k = x % 100003
            counts[k] = counts.get(k, 0) + 1
            first.setdefault(k, x)
        return first[max(counts, key=counts.get)]
