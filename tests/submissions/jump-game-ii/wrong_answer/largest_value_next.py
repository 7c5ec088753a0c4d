"""Jumps to the reachable index holding the largest value, instead of the one that reaches furthest (j + nums[j])."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        i = jumps = 0
        while i < n - 1:
            if i + nums[i] >= n - 1:
                return jumps + 1
            i = max(range(i + 1, i + nums[i] + 1), key=lambda j: nums[j])
            jumps += 1
        return jumps
