"""A BFS with a `seen` set of values, as for a graph: a node whose value appeared before is skipped with its
subtree (a tree has no cycles to guard against, and values repeat)."""


class Solution:
    def rightSideView(self, root):
        if root is None:
            return []
        view, level, seen = [], [root], {root.val}
        while level:
            view.append(level[-1].val)
            nxt = []
            for node in level:
                for child in (node.left, node.right):
                    if child and child.val not in seen:
                        seen.add(child.val)
                        nxt.append(child)
            level = nxt
        return view
