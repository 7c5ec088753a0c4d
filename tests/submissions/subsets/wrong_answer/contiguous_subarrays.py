# Returns the contiguous subarrays (plus the empty one), not the subsets: [1, 3] of [1, 2, 3] is missing.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        res = [[]]
        for i in range(len(nums)):
            for j in range(i + 1, len(nums) + 1):
                res.append(nums[i:j])
        return res
