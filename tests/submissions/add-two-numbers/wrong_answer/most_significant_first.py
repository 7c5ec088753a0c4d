"""Reads each list as a number written head first (243 for [2,4,3]), adds, and writes the sum the same way."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        def value(node):
            total = 0
            while node:
                total = total * 10 + node.val
                node = node.next
            return total

        digits = str(value(l1) + value(l2))
        dummy = tail = ListNode()
        for ch in digits:
            tail.next = tail = ListNode(int(ch))
        return dummy.next
