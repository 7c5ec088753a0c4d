"""Heights memoised in a dict keyed by node.val, to make the height-at-every-node solution O(n): values repeat
(-100 .. 100 over up to 10^4 nodes), so a node gets the height of another node holding the same value. Wrong answer
on the first tree with a repeated value at two heights."""


class Solution:
    def diameterOfBinaryTree(self, root):
        memo = {}

        def height(node):
            if not node:
                return 0
            if node.val not in memo:
                memo[node.val] = 1 + max(height(node.left), height(node.right))
            return memo[node.val]

        best, stack = 0, [root]
        while stack:
            node = stack.pop()
            best = max(best, height(node.left) + height(node.right))
            stack += [child for child in (node.left, node.right) if child]
        return best
