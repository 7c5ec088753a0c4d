"""Remembers the values seen instead of the nodes: two nodes with the same value look like one node met twice."""


class Solution:
    def hasCycle(self, head):
        seen = set()
        while head:
            if head.val in seen:
                return True
            seen.add(head.val)
            head = head.next
        return False
