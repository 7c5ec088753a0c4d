"""A plain snake_case function, the textbook slicing version: `inorder.index` and new slices at every level,
O(n^2) on a path of 3000 nodes: the slowest approach LeetCode still accepts."""


def build_tree(preorder, inorder):
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    m = inorder.index(preorder[0])
    root.left = build_tree(preorder[1:m + 1], inorder[:m])
    root.right = build_tree(preorder[m + 1:], inorder[m + 1:])
    return root
