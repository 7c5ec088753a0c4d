"""Right side view by levels: a breadth-first walk keeping the last node of every level. O(n) time, O(width) extra
space, no recursion."""


class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view, level = [], [root] if root else []
        while level:
            view.append(level[-1].val)
            level = [child for node in level for child in (node.left, node.right) if child]
        return view
