"""Memoised recursion f(x) = 1 + f(x + 1) from each run's start, 10^5 frames deep on one long run, with the
recursion limit raised as LeetCode lets you: accepted (the worker runs it on a thread with a large stack)."""
import sys
sys.setrecursionlimit(400000)
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        s = set(nums)
        memo = {}
        def f(x):
            if x not in s: return 0
            if x in memo: return memo[x]
            memo[x] = r = 1 + f(x + 1)
            return r
        best = 0
        for x in s:
            if x - 1 not in s:
                best = max(best, f(x))
        return best
