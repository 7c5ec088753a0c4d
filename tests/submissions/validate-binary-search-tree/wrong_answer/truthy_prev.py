"""An inorder walk that tests the previous value for truth (`if prev and ...`) instead of `is not None`: after a 0
the comparison is skipped, so a repeated 0 passes."""


class Solution:
    def isValidBST(self, root):
        prev, stack, node = None, [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev and node.val <= prev:
                return False
            prev, node = node.val, node.right
        return True
