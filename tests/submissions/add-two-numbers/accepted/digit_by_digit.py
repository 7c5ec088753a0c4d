"""The textbook loop, with LeetCode's commented-out ListNode pasted in (it shadows the predefined one harmlessly)."""
from typing import Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        tail, carry = dummy, 0
        while l1 is not None or l2 is not None or carry:
            a = l1.val if l1 is not None else 0
            b = l2.val if l2 is not None else 0
            total = a + b + carry
            carry = total // 10
            tail.next = ListNode(total % 10)
            tail = tail.next
            l1 = l1.next if l1 is not None else None
            l2 = l2.next if l2 is not None else None
        return dummy.next
