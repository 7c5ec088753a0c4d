"""Returns merged[total // 2] whatever the parity: the upper middle value for an even total."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        return float(merged[len(merged) // 2])
