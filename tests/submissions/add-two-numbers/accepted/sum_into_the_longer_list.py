"""Writes the sum into the longer list's nodes in place, adding a node only for the final carry."""

class Solution:
    def addTwoNumbers(self, l1, l2):
        # reuse the longer list's nodes
        def ln(h):
            n = 0
            while h: n += 1; h = h.next
            return n
        if ln(l1) < ln(l2): l1, l2 = l2, l1
        h = l1; c = 0; prev = None
        while l1:
            s = l1.val + (l2.val if l2 else 0) + c
            c, l1.val = divmod(s, 10)
            prev = l1; l1 = l1.next; l2 = l2 and l2.next
        if c: prev.next = ListNode(c)
        return h
