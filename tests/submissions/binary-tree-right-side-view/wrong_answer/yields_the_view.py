"""The BFS is right but the method yields each level's last value: it returns a generator, not a list. LeetCode
does not serialise a generator either. Wrong answer, and the message names the generator."""


class Solution:
    def rightSideView(self, root):
        level = [root] if root else []
        while level:
            yield level[-1].val
            level = [child for node in level for child in (node.left, node.right) if child]
