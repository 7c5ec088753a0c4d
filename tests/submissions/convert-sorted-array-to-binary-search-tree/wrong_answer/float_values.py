"""The right shape, the middle of each range at its root, but every node holds float(nums[m]): the tree holds
-10.0 where nums has -10. LeetCode writes the tree back as [0.0,-10.0,...], and the exact checker says 2.0 is not 2;
the custom checker, which compares the values with a Counter (where -10.0 and -10 are one key), said accepted until
it checked each value's type. Wrong answer."""


class Solution:
    def sortedArrayToBST(self, nums):
        def build(lo, hi):
            if lo > hi:
                return None
            mid = (lo + hi) // 2
            return TreeNode(float(nums[mid]), build(lo, mid - 1), build(mid + 1, hi))

        return build(0, len(nums) - 1)
