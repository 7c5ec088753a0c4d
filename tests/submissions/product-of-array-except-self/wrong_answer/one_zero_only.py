# Handles a single zero, but with two zeros gives each zero the product of the non-zero elements.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            if x:
                total *= x
        if 0 in nums:
            return [total if x == 0 else 0 for x in nums]
        return [total // x for x in nums]
