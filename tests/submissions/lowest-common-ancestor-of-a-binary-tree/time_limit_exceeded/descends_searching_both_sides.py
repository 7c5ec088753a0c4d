"""Top-down: at each node, search the left subtree for p and for q, then the right one, and descend into the side
that holds both. Each level searches its whole subtree again: O(n^2) on a path of 10^5 nodes."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def holds(node, target):
            stack = [node]
            while stack:
                n = stack.pop()
                if n is None:
                    continue
                if n is target:
                    return True
                stack += [n.left, n.right]
            return False

        node = root
        while True:
            if node is p or node is q:
                return node
            if holds(node.left, p) and holds(node.left, q):
                node = node.left
            elif holds(node.right, p) and holds(node.right, q):
                node = node.right
            else:
                return node
