"""An iterative postorder counting, for every node, how many of p and q its subtree holds: the first node (deepest,
since postorder finishes children first) whose count reaches 2 is the answer."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        count, stack = {}, [(root, False)]
        while stack:
            node, done = stack.pop()
            if node is None:
                continue
            if not done:
                stack += [(node, True), (node.right, False), (node.left, False)]
                continue
            c = (node is p) + (node is q) + count.get(node.left, 0) + count.get(node.right, 0)
            if c == 2:
                return node
            count[node] = c
