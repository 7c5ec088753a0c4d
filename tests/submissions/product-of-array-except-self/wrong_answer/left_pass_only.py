# Forgets the second pass: only the product of the elements before each index.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        res, left = [], 1
        for x in nums:
            res.append(left)
            left *= x
        return res
