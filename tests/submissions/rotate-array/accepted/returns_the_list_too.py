"""Rotates in place with three slice reversals and also returns nums: the returned value is ignored."""


class Solution:
    def rotate(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        k %= n
        nums.reverse()
        nums[:k] = nums[:k][::-1]
        nums[k:] = nums[k:][::-1]
        return nums
