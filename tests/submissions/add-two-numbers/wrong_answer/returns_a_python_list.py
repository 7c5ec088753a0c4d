"""Returns the digits as a Python list instead of a ListNode."""

class Solution:
    def addTwoNumbers(self, l1, l2):
        def num(h):
            x = 0; p = 1
            while h: x += h.val * p; p *= 10; h = h.next
            return x
        return [int(c) for c in str(num(l1) + num(l2))[::-1]]
