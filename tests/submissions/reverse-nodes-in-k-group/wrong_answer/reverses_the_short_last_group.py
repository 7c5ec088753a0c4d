"""Reverses every group, the short one at the end too: it never checks that k nodes remain."""


class Solution:
    def reverseKGroup(self, head, k):
        dummy = prev = ListNode(0, head)
        while prev.next:
            first = cur = prev.next
            before = None
            count = 0
            while cur and count < k:
                cur.next, before, cur = before, cur, cur.next
                count += 1
            prev.next = before
            first.next = cur
            prev = first
        return dummy.next
