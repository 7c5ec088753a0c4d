"""Grade-school addition from the least significant digit: add the two digits and the carry, keep the last digit,
carry the rest, until both lists and the carry are spent. O(max(m, n)) time, O(1) extra space besides the answer."""


class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        carry = 0
        while l1 or l2 or carry:
            total = carry
            if l1:
                total, l1 = total + l1.val, l1.next
            if l2:
                total, l2 = total + l2.val, l2.next
            carry, digit = divmod(total, 10)
            tail.next = tail = ListNode(digit)
        return dummy.next
