# Sorted, extends the run on a step of at most 1, so a duplicate counts: [1,2,2,3] answers 4.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums.sort()
        best = run = 1
        for i in range(1, len(nums)):
            if nums[i] - nums[i - 1] <= 1:
                run += 1
            else:
                run = 1
            best = max(best, run)
        return best
