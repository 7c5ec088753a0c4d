"""A plain function with two states: the best total with the current house taken, and with it skipped."""


def rob(nums):
    take, skip = 0, 0
    for x in nums:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)
