"""The inorder positions in a mutable default dict filled on the first call only: every later case looks its
values up in the first case's positions (the cases run one after another in one worker, as on LeetCode)."""
class Solution:
    def buildTree(self, preorder, inorder, pos={}):
        if not pos:
            pos.update({v: i for i, v in enumerate(inorder)})
        it = iter(preorder)
        def go(lo, hi):
            if lo > hi: return None
            v = next(it); m = pos.get(v, lo)
            if not lo <= m <= hi: m = lo
            r = TreeNode(v)
            r.left = go(lo, m - 1); r.right = go(m + 1, hi)
            return r
        return go(0, len(inorder) - 1)
