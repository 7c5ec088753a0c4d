"""Recursion over the BFS levels [lo, hi]: one call per jump, 9999 deep on 10^4 ones, hence the raised limit."""
import sys

sys.setrecursionlimit(100000)


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)

        def go(lo, hi, jumps):
            if hi >= n - 1:
                return jumps
            return go(hi + 1, max(i + nums[i] for i in range(lo, hi + 1)), jumps + 1)

        return go(0, 0, 0)
