"""Returns the generator itself, not a list: wrong answer."""
class Solution:
    def inorderTraversal(self, root):
        def g(n):
            if n:
                yield from g(n.left); yield n.val; yield from g(n.right)
        return g(root)
