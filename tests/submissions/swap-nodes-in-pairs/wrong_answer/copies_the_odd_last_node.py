"""Swaps the pairs by relinking, then replaces the odd last node by a copy with the same value: the values
are right, but the copy is not one of the input's nodes (example 2), a wrong answer."""
class Solution:
    def swapPairs(self, head):
        dummy = ListNode(0, head); prev = dummy
        while prev.next and prev.next.next:
            a = prev.next; b = a.next
            a.next = b.next; b.next = a; prev.next = b; prev = a
        if prev.next: prev.next = ListNode(prev.next.val)
        return dummy.next
