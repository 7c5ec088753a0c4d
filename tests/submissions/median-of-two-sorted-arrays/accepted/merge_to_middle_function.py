"""A plain snake_case function: a two-pointer merge that stops at the middle, O(m + n); returns an int when the
median is whole."""


def find_median_sorted_arrays(nums1, nums2):
    total = len(nums1) + len(nums2)
    i = j = 0
    prev = cur = 0
    for _ in range(total // 2 + 1):
        prev = cur
        if j >= len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
            cur = nums1[i]
            i += 1
        else:
            cur = nums2[j]
            j += 1
    if total % 2:
        return cur
    return (prev + cur) / 2
