"""Reads each list into an int but never steps to the next node: the loop never ends (the place value grows
without bound, so each turn is slower than the last). Nothing natural is slow at 100 digits; this is the hang
LeetCode reports as Time Limit Exceeded."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        def value(node):
            total, place = 0, 1
            while node:
                total += node.val * place
                place *= 10
            return total

        total = value(l1) + value(l2)
        dummy = tail = ListNode()
        while True:
            total, digit = divmod(total, 10)
            tail.next = tail = ListNode(digit)
            if total == 0:
                return dummy.next
