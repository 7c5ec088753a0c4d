"""Compares slow and fast at the top of the loop, before they move: both are the head, so any list of two or more
nodes "has a cycle"."""


class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            if slow is fast:
                return True
            slow, fast = slow.next, fast.next.next
        return False
