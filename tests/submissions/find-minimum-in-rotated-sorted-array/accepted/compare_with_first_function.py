"""A plain snake_case function comparing with nums[0]: a sorted array (rotated n times) answers nums[0]; else the
first value below nums[0] is the minimum (a lower bound on the predicate nums[i] < nums[0])."""


def find_min(nums):
    if nums[0] <= nums[-1]:
        return nums[0]
    lo, hi = 1, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < nums[0]:
            hi = mid
        else:
            lo = mid + 1
    return nums[lo]
