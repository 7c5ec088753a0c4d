"""A port of a C++ solution that keeps the running sums in 32-bit ints (numpy.int32, wrapping as `int` does in C++):
a path summing to 2^32 + 8 reads as 8."""
import numpy as np


class Solution:
    def pathSum(self, root, targetSum):
        def down(node, remaining):
            if node is None:
                return 0
            with np.errstate(over="ignore"):
                remaining = np.int32(remaining) - np.int32(node.val)
            return int(remaining == 0) + down(node.left, remaining) + down(node.right, remaining)

        if root is None:
            return 0
        return down(root, targetSum) + self.pathSum(root.left, targetSum) + self.pathSum(root.right, targetSum)
