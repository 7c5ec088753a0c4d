"""Sorted array to a height-balanced BST by divide and conquer on index bounds: the left middle of nums[lo:hi] is the
root, the values before and after it the two subtrees. The sides differ in size by at most one at every node, so
the tree is height-balanced; O(n) time, O(log n) stack."""


class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        def build(lo, hi):
            if lo >= hi:
                return None
            mid = (lo + hi - 1) // 2
            return TreeNode(nums[mid], build(lo, mid), build(mid + 1, hi))

        return build(0, len(nums))
