"""A plain function: the BFS levels as explicit windows [left, right] of indices reached with the same count."""


def jump(nums):
    n = len(nums)
    left = right = 0
    jumps = 0
    while right < n - 1:
        farthest = max(i + nums[i] for i in range(left, right + 1))
        left, right = right + 1, farthest
        jumps += 1
    return jumps
