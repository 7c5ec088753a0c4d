"""A plain snake_case function: the half-open lower bound [lo, hi), hi = len(nums)."""


def search_insert(nums, target):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if nums[mid] >= target:
            hi = mid
        else:
            lo = mid + 1
    return lo
