"""Pasted from LeetCode, relying on its implicit imports (deque, List, Optional with no import line): the queue
holds (node, depth) pairs, and a new level starts when the depth grows."""


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        res: List[List[int]] = []
        q = deque([(root, 0)]) if root else deque()
        while q:
            node, d = q.popleft()
            if d == len(res):
                res.append([])
            res[d].append(node.val)
            for child in (node.left, node.right):
                if child:
                    q.append((child, d + 1))
        return res
