"""The follow-up, pasted from LeetCode with its annotations and no import line (LeetCode imports typing's names
implicitly): go left pushing, pop, record, go right."""


class Solution:
    def inorderTraversal(self, root: Optional[TreeNode]) -> List[int]:
        res: List[int] = []
        stack: List[TreeNode] = []
        cur = root
        while cur or stack:
            if cur:
                stack.append(cur)
                cur = cur.left
            else:
                cur = stack.pop()
                res.append(cur.val)
                cur = cur.right
        return res
