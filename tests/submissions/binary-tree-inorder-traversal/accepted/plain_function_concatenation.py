"""A plain function with the snake_case name, the definition written out: the lists of the two subtrees
concatenated around the node (O(n h) copying, fine at 100 nodes)."""


def inorder_traversal(root):
    if root is None:
        return []
    return inorder_traversal(root.left) + [root.val] + inorder_traversal(root.right)
