"""Checks only `fast` before moving it two steps: at the end of an even list `fast.next` is None, and
`None.next` raises AttributeError."""


class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False
