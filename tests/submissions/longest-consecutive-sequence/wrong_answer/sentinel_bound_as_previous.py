"""Sorted walk whose "previous value" starts at the bound -10^9 instead of minus infinity: when the smallest value
is -10^9 + 1 the walk takes it for the successor of a -10^9 that is not there, so [-10^9 + 1, -10^9 + 2] answers
3. Wrong answer, on the hidden case of runs just inside the extremes."""
class Solution:
    def longestConsecutive(self, nums):
        if not nums: return 0
        prev = -10**9; cur = 1; best = 1
        for x in sorted(set(nums)):
            if x == prev + 1: cur += 1
            elif x != prev: cur = 1
            prev = x
            best = max(best, cur)
        return best
