"""The k-th smallest by recursion, dropping k // 2 values a time from one array: O(log(m + n)), index offsets
instead of slices."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        def kth(i, j, k):
            if i == len(nums1):
                return nums2[j + k - 1]
            if j == len(nums2):
                return nums1[i + k - 1]
            if k == 1:
                return min(nums1[i], nums2[j])
            step = k // 2
            a = nums1[min(i + step, len(nums1)) - 1]
            b = nums2[min(j + step, len(nums2)) - 1]
            if a <= b:
                return kth(min(i + step, len(nums1)), j, k - (min(i + step, len(nums1)) - i))
            return kth(i, min(j + step, len(nums2)), k - (min(j + step, len(nums2)) - j))

        total = len(nums1) + len(nums2)
        if total % 2:
            return float(kth(0, 0, total // 2 + 1))
        return (kth(0, 0, total // 2) + kth(0, 0, total // 2 + 1)) / 2
