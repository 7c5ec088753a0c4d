class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to longest-increasing-subsequence here, then run `shousi run longest-increasing-subsequence`")
