"""A BFS that checks each level's values for a palindrome but drops the missing children, so two shapes with the
same level values cannot be told apart ([1,2,2,null,3,null,3])."""
from collections import deque


class Solution:
    def isSymmetric(self, root):
        queue = deque([root])
        while queue:
            values = [node.val for node in queue]
            if values != values[::-1]:
                return False
            for _ in range(len(queue)):
                node = queue.popleft()
                queue.extend(child for child in (node.left, node.right) if child)
        return True
