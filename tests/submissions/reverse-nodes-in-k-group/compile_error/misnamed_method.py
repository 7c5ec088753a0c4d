"""Names the method reverseKGroups (LeetCode's is reverseKGroup)."""


class Solution:
    def reverseKGroups(self, head, k):
        node = head
        for _ in range(k):
            if node is None:
                return head
            node = node.next
        prev, cur = self.reverseKGroups(node, k), head
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        return prev
