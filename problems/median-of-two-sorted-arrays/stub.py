class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        raise NotImplementedError("write your solution to median-of-two-sorted-arrays here, then run `shousi run median-of-two-sorted-arrays`")
