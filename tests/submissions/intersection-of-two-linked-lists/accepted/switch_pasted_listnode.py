"""The two-pointer switch with LeetCode's commented-out ListNode pasted in (it shadows the predefined one
harmlessly: the grader's nodes are passed in); the switch happens when a pointer is None, so both reach None
together when the lists do not meet."""
from typing import Optional


class ListNode:
    def __init__(self, x):
        self.val = x
        self.next = None


class Solution:
    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        if headA is None or headB is None:
            return None
        a, b = headA, headB
        while a != b:
            a = headB if a is None else a.next
            b = headA if b is None else b.next
        return a
