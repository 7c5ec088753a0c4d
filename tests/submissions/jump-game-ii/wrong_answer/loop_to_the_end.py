"""Greedy by levels over range(n): when the current range ends exactly on the last index, one jump too many is
counted (and [0] needs 1)."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        res = end = far = 0
        for i in range(len(nums)):
            far = max(far, i + nums[i])
            if i == end:
                res += 1
                end = far
        return res
