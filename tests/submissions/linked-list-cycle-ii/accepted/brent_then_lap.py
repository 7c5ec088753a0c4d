"""Brent's algorithm finds the cycle's length; two pointers that far apart from the head then meet at the entry."""

class Solution:
    def detectCycle(self, head):
        if not head: return None
        power = lam = 1
        t, h = head, head.next
        while h is not t:
            if h is None: return None
            if power == lam:
                t = h; power *= 2; lam = 0
            h = h.next; lam += 1
        t = h = head
        for _ in range(lam): h = h.next
        while t is not h:
            t = t.next; h = h.next
        return t
