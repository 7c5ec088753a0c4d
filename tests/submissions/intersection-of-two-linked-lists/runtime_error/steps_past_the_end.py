"""Steps both pointers together from the heads without aligning the lengths, and reads `.next` of a pointer that
has already run off its list: AttributeError on None when the lists differ in length."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        a, b = headA, headB
        while a is not b:
            a, b = a.next, b.next
            if a is None and b is None:
                return None
        return a
