"""Relinks every visited node's next to a stop node to find the entry: the list is modified."""

class Solution:
    def detectCycle(self, head):
        # cut each link as we go; the node whose next was already cut is the entry
        stop = ListNode(0)
        while head:
            if head.next is stop: return head
            nxt = head.next; head.next = stop; head = nxt
        return None
