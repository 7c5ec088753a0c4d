"""The `prev` trick with `prev` a module-level global that is never reset: the next call links its last node to
the previous case's chain (the cases run one after another in one worker, as on LeetCode)."""
prev = None
class Solution:
    def flatten(self, root):
        global prev
        if not root: return
        self.flatten(root.right)
        self.flatten(root.left)
        root.right = prev
        root.left = None
        prev = root
