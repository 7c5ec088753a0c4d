"""Swap each remaining number into position `first`, recurse, swap back; a copy of nums at full depth."""
from typing import List


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        nums = nums[:]
        out = []

        def go(first):
            if first == len(nums):
                out.append(nums[:])
                return
            for i in range(first, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                go(first + 1)
                nums[first], nums[i] = nums[i], nums[first]

        go(0)
        return out
