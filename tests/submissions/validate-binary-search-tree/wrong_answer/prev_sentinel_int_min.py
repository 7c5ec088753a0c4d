"""An inorder walk whose previous value starts at -2^31: the smallest node, when it holds -2^31, is taken for a
repeat of the sentinel."""


class Solution:
    def isValidBST(self, root):
        prev, stack, node = -2**31, [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if node.val <= prev:
                return False
            prev, node = node.val, node.right
        return True
