"""Parent pointers with the ancestors of p collected from p's parent up, leaving p itself out: when q is below p
the answer comes out as p's parent (or None at the root)."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        parent, stack = {root: None}, [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    stack.append(child)
        ancestors, a = set(), parent[p]
        while a:
            ancestors.add(a)
            a = parent[a]
        b = parent[q]
        while b and b not in ancestors:
            b = parent[b]
        return b
