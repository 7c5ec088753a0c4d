"""The slowest approach LeetCode still accepts: every value of nums2 inserted into a copy of nums1 by a linear
scan and list.insert, O((m + n)^2)."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = list(nums1)
        for x in nums2:
            k = 0
            while k < len(merged) and merged[k] < x:
                k += 1
            merged.insert(k, x)
        t = len(merged)
        return merged[t // 2] if t % 2 else (merged[t // 2 - 1] + merged[t // 2]) / 2
