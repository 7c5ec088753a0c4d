"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Builds TreeNodes,
flattens them with the O(1)-space loop, and prints the flattened tree level by level: [v0,null,v1,null,...]."""
import json
from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right


values = json.loads(input())
root = None
if values:
    root = TreeNode(values[0])
    queue, i = deque([root]), 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
cur = root
while cur:
    if cur.left:
        pre = cur.left
        while pre.right:
            pre = pre.right
        pre.right, cur.right, cur.left = cur.right, cur.left, None
    cur = cur.right
out, cur = [], root
while cur:
    out += [cur.val, None]
    cur = cur.right
print(json.dumps(out[:-1], separators=(",", ":")))
