"""When the shorter list ends, hangs the longer one's rest on as it is, and appends the carry after it, instead of
adding the carry into it: 99 + 1 comes out as 0 9 1."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        dummy = tail = ListNode()
        carry = 0
        while l1 and l2:
            carry, digit = divmod(l1.val + l2.val + carry, 10)
            tail.next = tail = ListNode(digit)
            l1, l2 = l1.next, l2.next
        tail.next = l1 or l2
        while tail.next:
            tail = tail.next
        if carry:
            tail.next = ListNode(carry)
        return dummy.next
