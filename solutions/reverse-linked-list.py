"""Reverse a linked list in one pass: relink each node to the one before it. O(n) time, O(1) extra space."""


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
