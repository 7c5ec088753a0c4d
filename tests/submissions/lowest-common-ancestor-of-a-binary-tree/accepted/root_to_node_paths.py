"""Root-to-node paths found with an explicit stack of (node, path length) pairs, then the last node the two paths
share, compared by identity. Paste with implicit imports: `Optional` is not imported."""


class Solution:
    def lowestCommonAncestor(self, root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
        def path_to(target):
            path, stack = [], [(root, 0)]
            while stack:
                node, depth = stack.pop()
                del path[depth:]
                path.append(node)
                if node is target:
                    return path
                for child in (node.right, node.left):
                    if child:
                        stack.append((child, depth + 1))
            return path

        a, b = path_to(p), path_to(q)
        answer = root
        for x, y in zip(a, b):
            if x is not y:
                break
            answer = x
        return answer
