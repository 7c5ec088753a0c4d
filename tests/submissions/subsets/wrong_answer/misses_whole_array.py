# Stops the mask one short, range((1 << n) - 1): the subset of all the numbers is missing.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range((1 << n) - 1)]
