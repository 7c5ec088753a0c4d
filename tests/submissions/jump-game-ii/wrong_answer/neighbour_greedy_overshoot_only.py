"""Jumps to the neighbour that reaches furthest, but stops only when a jump would overshoot the end (> instead of >=):
a first jump that lands exactly on the end is traded for a neighbour that reaches further, one jump too many."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        i = jumps = 0
        while i < n - 1:
            if i + nums[i] > n - 1:
                return jumps + 1
            i = max(range(i + 1, i + nums[i] + 1), key=lambda j: j + nums[j])
            jumps += 1
        return jumps
