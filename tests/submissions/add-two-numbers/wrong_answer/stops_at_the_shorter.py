"""Adds while both lists have a node: the longer number's higher digits are lost."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        dummy = tail = ListNode()
        carry = 0
        while l1 and l2:
            carry, digit = divmod(l1.val + l2.val + carry, 10)
            tail.next = tail = ListNode(digit)
            l1, l2 = l1.next, l2.next
        if carry:
            tail.next = ListNode(carry)
        return dummy.next
