"""Root-to-node paths compared one position at a time, answering the node at the first position where they differ
(one step too deep), and the root when one path is a prefix of the other."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def path_to(node, target, path):
            if node is None:
                return False
            path.append(node)
            if node is target or path_to(node.left, target, path) or path_to(node.right, target, path):
                return True
            path.pop()
            return False

        a, b = [], []
        path_to(root, p, a)
        path_to(root, q, b)
        for x, y in zip(a, b):
            if x is not y:
                return x
        return root
