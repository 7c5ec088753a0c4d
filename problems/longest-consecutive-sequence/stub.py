class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        raise NotImplementedError("write your solution to longest-consecutive-sequence here, then run `shousi run longest-consecutive-sequence`")
