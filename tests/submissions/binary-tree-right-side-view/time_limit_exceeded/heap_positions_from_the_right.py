"""Numbers the positions of level d as in a heap (2^d of them) and, from the rightmost down, walks from the root to
each position until one holds a node: O(2^h * h), hopeless on a 100-node left path (2^99 positions on its last
level)."""


class Solution:
    def rightSideView(self, root):
        def at(d, i):
            node = root
            for bit in range(d - 1, -1, -1):
                if node is None:
                    return None
                node = node.right if i >> bit & 1 else node.left
            return node

        view, d = [], 0
        while True:
            for i in range((1 << d) - 1, -1, -1):
                node = at(d, i)
                if node is not None:
                    view.append(node.val)
                    break
            else:
                return view
            d += 1
