"""Picks random elements (a seeded generator) until one is a majority: each try succeeds with probability over 1/2,
so about two O(n) counts are expected."""
import random


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        rng = random.Random(0)
        while True:
            x = nums[rng.randrange(len(nums))]
            if nums.count(x) * 2 > len(nums):
                return x
