"""Recursion: the second node first, then the first, then the swap of the rest."""


class Solution:
    def swapPairs(self, head):
        if head is None or head.next is None:
            return head
        second = head.next
        head.next = self.swapPairs(second.next)
        second.next = head
        return second
