"""Writes each value at its new index in a second array, then copies it back: O(n) extra space."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        rotated = [0] * n
        for i, value in enumerate(nums):
            rotated[(i + k) % n] = value
        for i in range(n):
            nums[i] = rotated[i]
