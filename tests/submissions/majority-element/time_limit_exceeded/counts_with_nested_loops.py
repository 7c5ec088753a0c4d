"""Counts each value's copies with a Python loop over the whole array: O(n^2), ~1.25 * 10^9 steps when the
majority sits at the end of 5 * 10^4 values."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        for x in nums:
            count = 0
            for y in nums:
                if y == x:
                    count += 1
            if count * 2 > len(nums):
                return x
