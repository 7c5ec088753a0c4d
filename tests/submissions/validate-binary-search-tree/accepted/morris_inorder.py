"""Morris inorder traversal, O(1) extra space: threads each predecessor's right pointer to the node and removes the
thread on the second visit. It walks the whole tree even after finding an inversion, so every thread is removed and
the input is left as it was; the inorder values must be strictly increasing. Accepted."""


class Solution:
    def isValidBST(self, root):
        prev, cur, ok = None, root, True
        while cur:
            if cur.left is None:
                if prev is not None and cur.val <= prev:
                    ok = False
                prev, cur = cur.val, cur.right
            else:
                p = cur.left
                while p.right and p.right is not cur:
                    p = p.right
                if p.right is None:
                    p.right, cur = cur, cur.left
                else:
                    p.right = None
                    if prev is not None and cur.val <= prev:
                        ok = False
                    prev, cur = cur.val, cur.right
        return ok
