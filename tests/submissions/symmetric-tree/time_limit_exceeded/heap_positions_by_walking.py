"""Numbers the positions of each level as in a heap (2^d of them on level d) and, for every position, walks down
from the root to find its node and compares it with the mirrored position's: O(2^h * h), hopeless on the 499-deep
V of paths."""


class Solution:
    def isSymmetric(self, root):
        def at(d, i):
            node = root
            for bit in range(d - 1, -1, -1):
                if node is None:
                    return None
                node = node.right if i >> bit & 1 else node.left
            return node

        d = 0
        while True:
            width, seen = 1 << d, False
            for i in range(width):
                a, b = at(d, i), at(d, width - 1 - i)
                if (a is None) != (b is None) or (a and a.val != b.val):
                    return False
                seen = seen or a is not None
            if not seen:
                return True
            d += 1
