# Starts the best at 1 "since any value is a run of one": an empty nums answers 1 instead of 0.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        s = set(nums)
        best = 1
        for x in s:
            if x - 1 not in s:
                y = x + 1
                while y in s:
                    y += 1
                best = max(best, y - x)
        return best
