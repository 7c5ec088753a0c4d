# For each index, multiplies every other element: O(n^2), 10^10 multiplications at n = 10^5.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        res = []
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            res.append(p)
        return res
