"""A plain snake_case function: find the rotation, then binary-search the sorted order through index arithmetic
(the j-th smallest value is nums[(j + pivot) % n])."""


def search(nums, target):
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[(mid + pivot) % n]
        if value == target:
            return (mid + pivot) % n
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
