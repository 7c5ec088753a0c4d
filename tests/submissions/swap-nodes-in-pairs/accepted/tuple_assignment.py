"""Swaps each pair with one tuple assignment, prev.next, b.next, a.next = b, a, b.next: the right-hand side
is evaluated before any assignment, so a.next gets the old b.next; correct, accepted."""
class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = prev = ListNode(-1, head)
        while prev.next and prev.next.next:
            a, b = prev.next, prev.next.next
            prev.next, b.next, a.next = b, a, b.next
            prev = a
        return dummy.next
