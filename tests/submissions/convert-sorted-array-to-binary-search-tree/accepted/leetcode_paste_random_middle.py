"""Pasted from LeetCode, relying on its implicit imports (List, Optional and the random module, no import line): for
an even length it picks the left or the right middle at random, so every grade may return a different tree, each
height-balanced."""


class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        def build(lo: int, hi: int) -> Optional[TreeNode]:
            if lo > hi:
                return None
            mid = (lo + hi + random.randint(0, 1)) // 2
            return TreeNode(nums[mid], build(lo, mid - 1), build(mid + 1, hi))

        return build(0, len(nums) - 1)
