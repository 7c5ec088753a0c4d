# The total product divided by each element: a zero raises ZeroDivisionError.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        return [total // x for x in nums]
