# Reads "consecutive" as neighbours in the array: the longest stretch where each element is the previous + 1.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        best = run = 0
        for i, x in enumerate(nums):
            run = run + 1 if i and x == nums[i - 1] + 1 else 1
            best = max(best, run)
        return best
