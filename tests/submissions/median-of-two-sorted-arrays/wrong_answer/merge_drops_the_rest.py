"""Merges while both arrays have values left and never appends the rest of the other one: when the middle lies
in that rest, it reads a value that is not there, or the wrong one."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged, i, j = [], 0, 0
        while i < len(nums1) and j < len(nums2):
            if nums1[i] <= nums2[j]:
                merged.append(nums1[i])
                i += 1
            else:
                merged.append(nums2[j])
                j += 1
        if not merged:
            merged = nums1 or nums2
        t = len(nums1) + len(nums2)
        mid = min(t // 2, len(merged) - 1)
        if t % 2:
            return float(merged[mid])
        return (merged[mid - 1] + merged[mid]) / 2
