"""Marks list A's nodes by negating their values (all values are positive), then returns the first node of list B
with a negative value: the node is right, but list A is left changed (LeetCode: the lists must keep their
structure), and the grader says so."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        while headA:
            headA.val = -headA.val
            headA = headA.next
        while headB:
            if headB.val < 0:
                return headB
            headB = headB.next
        return None
