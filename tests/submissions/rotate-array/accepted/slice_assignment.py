"""The two slices assigned into the old list with nums[:]: O(n) extra space, but the caller's list changes."""


def rotate(nums, k):
    k %= len(nums)
    nums[:] = nums[-k:] + nums[:-k]
