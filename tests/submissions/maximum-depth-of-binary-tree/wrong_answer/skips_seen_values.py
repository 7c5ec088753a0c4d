"""A BFS with a `seen` set of values, as for a graph: a node whose value appeared before is skipped with its whole
subtree (a tree has no cycles to guard against, and values repeat)."""


class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        level, seen, depth = [root], {root.val}, 0
        while level:
            depth += 1
            nxt = []
            for node in level:
                for child in (node.left, node.right):
                    if child is not None and child.val not in seen:
                        seen.add(child.val)
                        nxt.append(child)
            level = nxt
        return depth
