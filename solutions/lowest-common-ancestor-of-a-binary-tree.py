"""Lowest common ancestor without recursion: record every node's parent with an explicit stack (stopping once both
p and q are found), put p and its ancestors in a set, then climb from q to the first node in that set. O(n) time
and space, and no stack depth on a 10^5-node path."""


class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        parent, stack = {root: None}, [root]
        while p not in parent or q not in parent:
            node = stack.pop()
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    stack.append(child)
        ancestors = set()
        while p is not None:
            ancestors.add(p)
            p = parent[p]
        while q not in ancestors:
            q = parent[q]
        return q
