"""Pasted from LeetCode with its annotations and no import line (List and Optional are implicit there): one shared
iterator over preorder and one over inorder, each call building until inorder reaches its `stop` value (the parent),
the left subtree first. O(n), no dict."""


class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        p = i = 0

        def build(stop):
            nonlocal p, i
            if p == len(preorder) or inorder[i] == stop:
                return None
            node = TreeNode(preorder[p])
            p += 1
            node.left = build(node.val)
            i += 1
            node.right = build(stop)
            return node

        return build(None)
