"""Pasted from LeetCode: prefix and suffix products with the implicit accumulate (LeetCode's `from itertools
import *`), a zero restarting the product."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        step = lambda p, x: x if p == 0 else p * x
        return max(max(accumulate(nums, step)), max(accumulate(nums[::-1], step)))
