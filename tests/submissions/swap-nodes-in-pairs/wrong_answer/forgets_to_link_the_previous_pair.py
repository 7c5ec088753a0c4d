"""Swaps each pair but never hangs it on the pair before (`prev.next = b` missing after the first): the first pair
still points at the old third node, now second of its own pair."""


class Solution:
    def swapPairs(self, head):
        if head is None or head.next is None:
            return head
        new_head = head.next
        node = head
        while node and node.next:
            a, b = node, node.next
            a.next = b.next
            b.next = a
            node = a.next
        return new_head
