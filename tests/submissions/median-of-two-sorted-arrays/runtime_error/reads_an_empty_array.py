"""Takes a shortcut when the arrays do not overlap, reading nums1[-1] and nums2[0] without checking that both
are non-empty: IndexError on an empty array."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        if nums1[-1] <= nums2[0]:
            merged = nums1 + nums2
        elif nums2[-1] <= nums1[0]:
            merged = nums2 + nums1
        else:
            merged = sorted(nums1 + nums2)
        t = len(merged)
        return float(merged[t // 2]) if t % 2 else (merged[t // 2 - 1] + merged[t // 2]) / 2
