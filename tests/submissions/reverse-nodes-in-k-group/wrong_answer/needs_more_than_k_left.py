"""Reverses a group only while more than k nodes remain (`>` for `>=`): a group that ends exactly at the tail is
left as it is, so k = n changes nothing."""


class Solution:
    def reverseKGroup(self, head, k):
        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        dummy = prev = ListNode(0, head)
        while n > k:
            first = prev.next
            for _ in range(k - 1):
                moved = first.next
                first.next = moved.next
                moved.next = prev.next
                prev.next = moved
            prev = first
            n -= k
        return dummy.next
