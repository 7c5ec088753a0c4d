"""The two-pointer switch made at the last node (`if a.next`) instead of at None: the pointers never are None
together, so on lists that do not meet `while a is not b` never ends."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        a, b = headA, headB
        while a is not b:
            a = a.next if a.next else headB
            b = b.next if b.next else headA
        return a
