"""Moves list A's pointer ahead by |m - n| whichever list is the longer: when list B is the longer, the pointers
are misaligned, list A runs out first and `None.next` raises AttributeError."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        m = n = 0
        node = headA
        while node:
            m, node = m + 1, node.next
        node = headB
        while node:
            n, node = n + 1, node.next
        for _ in range(abs(m - n)):
            headA = headA.next
        while headA is not headB:
            headA, headB = headA.next, headB.next
        return headA
