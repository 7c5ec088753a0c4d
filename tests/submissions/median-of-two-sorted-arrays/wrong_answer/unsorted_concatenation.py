"""Takes the middle of nums1 + nums2 without sorting: right only when every value of nums1 is below nums2."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = nums1 + nums2
        t = len(merged)
        if t % 2:
            return float(merged[t // 2])
        return (merged[t // 2 - 1] + merged[t // 2]) / 2
