"""The binary search on the split with `lo = i` instead of `i + 1`: once hi = lo + 1 and the split must move
right, i stays at lo and the loop never ends."""


class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        if len(nums1) > len(nums2):
            nums1, nums2 = nums2, nums1
        m, n = len(nums1), len(nums2)
        lo, hi = 0, m
        inf = float("inf")
        while lo <= hi:
            i = (lo + hi) // 2
            j = (m + n + 1) // 2 - i
            l1 = -inf if i == 0 else nums1[i - 1]
            r1 = inf if i == m else nums1[i]
            l2 = -inf if j == 0 else nums2[j - 1]
            r2 = inf if j == n else nums2[j]
            if l1 <= r2 and l2 <= r1:
                if (m + n) % 2:
                    return float(max(l1, l2))
                return (max(l1, l2) + min(r1, r2)) / 2
            if l1 > r2:
                hi = i - 1
            else:
                lo = i
