class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int
        return 1
