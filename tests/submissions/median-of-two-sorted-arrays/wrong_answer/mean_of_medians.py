"""Averages the two arrays' own medians: right when they have the same length and shape, wrong in general."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        def med(a):
            t = len(a)
            return a[t // 2] if t % 2 else (a[t // 2 - 1] + a[t // 2]) / 2

        if not nums1:
            return float(med(nums2))
        if not nums2:
            return float(med(nums1))
        return (med(nums1) + med(nums2)) / 2
