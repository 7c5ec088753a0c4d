class Solution:
    def findMedianSortedArrays(self, nums1: list[int], nums2: list[int]) -> float:
        """Binary search for the split of the shorter array: i elements of a and j = half - i of b on the left,
        valid when a[i - 1] <= b[j] and b[j - 1] <= a[i] (missing neighbours are -inf and +inf).
        O(log min(m, n)) time, O(1) space."""
        a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
        m, n = len(a), len(b)
        half = (m + n + 1) // 2
        lo, hi = 0, m
        inf = float("inf")
        while True:
            i = (lo + hi) // 2
            j = half - i
            a_left = a[i - 1] if i > 0 else -inf
            a_right = a[i] if i < m else inf
            b_left = b[j - 1] if j > 0 else -inf
            b_right = b[j] if j < n else inf
            if a_left > b_right:
                hi = i - 1
            elif b_left > a_right:
                lo = i + 1
            else:
                left = max(a_left, b_left)
                if (m + n) % 2:
                    return float(left)
                return (left + min(a_right, b_right)) / 2
