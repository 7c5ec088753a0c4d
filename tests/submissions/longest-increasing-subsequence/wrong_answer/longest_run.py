"""The longest increasing run of neighbours (LC674), not a subsequence: [1,3,2,4] answers 2."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = run = 1
        for a, b in zip(nums, nums[1:]):
            run = run + 1 if b > a else 1
            best = max(best, run)
        return best
