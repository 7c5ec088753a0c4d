"""Patience sorting with bisect_right: an equal number goes after its copy and lengthens the run ([2,2] answers 2)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            i = bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
