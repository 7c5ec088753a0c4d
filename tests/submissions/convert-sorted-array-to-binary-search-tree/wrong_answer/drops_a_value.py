"""Half-open ranges [lo, hi) with the left subtree built from [lo, mid - 1): the value just before each middle is
lost."""


class Solution:
    def sortedArrayToBST(self, nums):
        def build(lo, hi):
            if lo >= hi:
                return None
            mid = (lo + hi) // 2
            return TreeNode(nums[mid], build(lo, mid - 1), build(mid + 1, hi))

        return build(0, len(nums))
