"""Walks list A looking for the node whose `next` is a node of list B: returns the node before the meeting point
(a node of list A only), and misses a meeting at the heads."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        in_b = set()
        while headB:
            in_b.add(headB)
            headB = headB.next
        while headA:
            if headA.next in in_b:
                return headA
            headA = headA.next
        return None
