"""Rotates to the left: the first k values go last instead of the last k values coming first."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        k %= len(nums)
        nums[:] = nums[k:] + nums[:k]
