"""Writes the sum's digits while it is non-zero: 0 + 0 comes back as an empty list instead of [0]."""

class Solution:
    def addTwoNumbers(self, l1, l2):
        def num(h):
            x = 0; p = 1
            while h: x += h.val * p; p *= 10; h = h.next
            return x
        s = num(l1) + num(l2)
        d = t = ListNode()
        while s:
            s, r = divmod(s, 10); t.next = ListNode(r); t = t.next
        return d.next
