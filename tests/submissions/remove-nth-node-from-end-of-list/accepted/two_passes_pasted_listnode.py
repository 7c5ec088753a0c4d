"""Pastes LeetCode's ListNode, counts, then relinks from a dummy (two passes)."""

from typing import Optional
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        L = 0; p = head
        while p: L += 1; p = p.next
        d = ListNode(0, head); p = d
        for _ in range(L - n): p = p.next
        p.next = p.next.next
        return d.next
