"""The switch: `a` walks list A then list B, `b` walks list B then list A. Both walk m + n nodes, so they reach the
first shared node together, or None together when there is none. O(m + n) time, O(1) extra space."""


class Solution:
    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        a, b = headA, headB
        while a is not b:
            a = a.next if a else headB
            b = b.next if b else headA
        return a
