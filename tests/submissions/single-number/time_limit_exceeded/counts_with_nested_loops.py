"""Counts every element's occurrences with a Python loop over the whole array: O(n^2), ~9 * 10^8 steps at n = 3 * 10^4."""


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for x in nums:
            count = 0
            for y in nums:
                if y == x:
                    count += 1
            if count == 1:
                return x
