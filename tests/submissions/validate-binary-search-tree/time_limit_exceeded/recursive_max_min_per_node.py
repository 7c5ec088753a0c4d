"""At every node, a recursive walk of the left subtree for its maximum and of the right subtree for its minimum:
O(n * h), fine on a balanced tree but O(n^2) on the 10^4-node paths the constraints allow (5 * 10^7 calls, over
10 s in CPython). Unlike max_and_min_per_node.py it builds no lists, so it is the plain O(n^2) and not worse."""


class Solution:
    def isValidBST(self, root):
        def biggest(node):
            best = node.val
            if node.left:
                best = max(best, biggest(node.left))
            if node.right:
                best = max(best, biggest(node.right))
            return best

        def smallest(node):
            best = node.val
            if node.left:
                best = min(best, smallest(node.left))
            if node.right:
                best = min(best, smallest(node.right))
            return best

        def valid(node):
            if node is None:
                return True
            if node.left and biggest(node.left) >= node.val:
                return False
            if node.right and smallest(node.right) <= node.val:
                return False
            return valid(node.left) and valid(node.right)

        return valid(root)
