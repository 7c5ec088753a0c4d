"""Tries every jump from every index by recursion, without memo: exponential on a countdown into a wall of zeros."""


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        def go(i):
            if i >= len(nums) - 1:
                return True
            return any(go(i + step) for step in range(nums[i], 0, -1))

        return go(0)
