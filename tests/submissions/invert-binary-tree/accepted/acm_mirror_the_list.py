"""ACM mode: the tree is its level-order list on one line (JSON, null for a missing child). Builds TreeNodes from
it, inverts them, and prints the tree level by level, JSON null for a missing child, the trailing nulls dropped."""
import json
from collections import deque


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def build(values):
    if not values:
        return None
    root = TreeNode(values[0])
    queue, i = deque([root]), 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def invert(node):
    if node:
        node.left, node.right = invert(node.right), invert(node.left)
    return node


def dump(root):
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
    return out


print(json.dumps(dump(invert(build(json.loads(input())))), separators=(",", ":")))
