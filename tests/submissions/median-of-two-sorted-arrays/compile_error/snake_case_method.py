"""Names the method find_median_sorted_arrays inside the class: neither Solution.findMedianSortedArrays nor a
function."""


class Solution:
    def find_median_sorted_arrays(self, nums1: List[int], nums2: List[int]) -> float:
        return 0.0
