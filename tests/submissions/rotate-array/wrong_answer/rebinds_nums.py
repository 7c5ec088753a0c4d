"""Builds the rotated list and rebinds the local name to it: the caller's list never changes."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        k %= len(nums)
        nums = nums[-k:] + nums[:-k]
