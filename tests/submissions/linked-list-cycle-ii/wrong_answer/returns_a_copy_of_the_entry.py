"""Finds the entry, then returns a new node with its value: the same value, not the same node."""


class Solution:
    def detectCycle(self, head):
        seen = set()
        while head:
            if head in seen:
                return ListNode(head.val)
            seen.add(head)
            head = head.next
        return None
