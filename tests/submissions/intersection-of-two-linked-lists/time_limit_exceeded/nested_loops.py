"""For each node of list A, walks the whole of list B looking for it: O(m * n), 9 * 10^8 steps at 3 * 10^4 nodes
each when the lists meet late or not at all."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        while headA:
            node = headB
            while node:
                if node is headA:
                    return headA
                node = node.next
            headA = headA.next
        return None
