"""A shortcut for k = n - 1 (\"almost n, so one step\") that moves the last value to the front: rotating right by
n - 1 is one step LEFT (the first value goes last)."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        n = len(nums)
        k %= n
        if k == n - 1 and n > 1:
            nums.insert(0, nums.pop())
            return
        nums[:] = nums[n - k:] + nums[:n - k]
