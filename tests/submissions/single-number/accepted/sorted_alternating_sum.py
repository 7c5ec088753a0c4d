"""Sorted, the sum of the even positions minus the odd ones: the pairs before the single value cancel within
themselves, those after it cancel across the shift, and the single value is left. O(n log n)."""
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        s = sorted(nums)
        return sum(s[0::2]) - sum(s[1::2])
