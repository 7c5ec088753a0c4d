"""The O(1)-space loop with the wrong condition: it goes on only while the current node has a left child, so it
stops at the first node without one and leaves the rest of the tree as it was."""


class Solution:
    def flatten(self, root):
        cur = root
        while cur and cur.left:
            pre = cur.left
            while pre.right:
                pre = pre.right
            pre.right = cur.right
            cur.right, cur.left = cur.left, None
            cur = cur.right
