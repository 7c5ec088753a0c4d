"""ACM mode: preorder and inorder on two lines (JSON). Rebuilds the tree with the stack method and prints it level
by level, JSON null for a missing child, the trailing nulls dropped."""
import json
import sys
from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right


lines = sys.stdin.read().split("\n")
preorder, inorder = json.loads(lines[0]), json.loads(lines[1])
root = TreeNode(preorder[0])
stack, j = [root], 0
for v in preorder[1:]:
    node, top = TreeNode(v), None
    while stack and stack[-1].val == inorder[j]:
        top = stack.pop()
        j += 1
    if top is None:
        stack[-1].left = node
    else:
        top.right = node
    stack.append(node)
out, queue = [], deque([root])
while queue:
    node = queue.popleft()
    if node is None:
        out.append(None)
    else:
        out.append(node.val)
        queue += [node.left, node.right]
while out and out[-1] is None:
    out.pop()
print(json.dumps(out, separators=(",", ":")))
