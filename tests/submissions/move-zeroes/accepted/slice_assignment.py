"""A new list assigned into the old one with nums[:]: O(n) extra space, but the caller's list changes."""


def move_zeroes(nums):
    kept = [x for x in nums if x != 0]
    nums[:] = kept + [0] * (len(nums) - len(kept))
