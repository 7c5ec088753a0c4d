"""Counts the BFS levels including the starting one: the number of indices stood on, one more than the jumps."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        levels, end, far = 1, 0, 0
        for i in range(len(nums) - 1):
            far = max(far, i + nums[i])
            if i == end:
                levels += 1
                end = far
        return levels
