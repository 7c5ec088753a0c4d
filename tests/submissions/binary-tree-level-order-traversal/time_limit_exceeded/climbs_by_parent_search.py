"""Lists the nodes (preorder, left first), then finds each node's depth by climbing to the root, looking for each
parent with a scan over all the nodes: O(n^2 h), 4 * 10^9 steps on a 2000-node path."""


class Solution:
    def levelOrder(self, root):
        nodes, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack.extend(kid for kid in (node.right, node.left) if kid)
        levels = []
        for node in nodes:
            depth, cur = 0, node
            while cur is not root:
                cur = next(p for p in nodes if p.left is cur or p.right is cur)
                depth += 1
            while len(levels) <= depth:
                levels.append([])
            levels[depth].append(node.val)
        return levels
