"""Big and small carried by recursion, one call per element: 2 * 10^4 frames, with the recursion limit
raised, as a candidate would; the harness must allow that depth."""
import sys
sys.setrecursionlimit(100000)
class Solution:
    def maxProduct(self, nums):
        def go(i, big, small, ans):
            if i == len(nums): return ans
            x = nums[i]
            c = (x, big * x, small * x)
            b, s = max(c), min(c)
            return go(i + 1, b, s, max(ans, b))
        return go(1, nums[0], nums[0], nums[0])
