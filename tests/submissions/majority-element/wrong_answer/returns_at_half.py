"""Counts in a dict and returns the first value whose count reaches n // 2: reaching half is not a majority
([1,1,2,2,2] answers 1)."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
            if counts[x] >= len(nums) // 2:
                return x
