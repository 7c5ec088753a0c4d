"""Averages the two middle values with //: [1] and [2] give 1, and -2.5 becomes -3."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        t = len(merged)
        if t % 2:
            return merged[t // 2]
        return (merged[t // 2 - 1] + merged[t // 2]) // 2
