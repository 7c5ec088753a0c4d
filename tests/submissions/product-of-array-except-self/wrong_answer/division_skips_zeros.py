# The product of the non-zero elements divided by each: with a zero present, the other entries should be 0.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        return [total // x if x else total for x in nums]
