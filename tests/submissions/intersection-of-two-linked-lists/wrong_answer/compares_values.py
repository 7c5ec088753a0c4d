"""Aligns the lists by length, then stops at the first position where the values are equal: equal values before
the real meeting point (LeetCode's first example: a 1 in both lists) are taken for the shared node."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        def length(node):
            count = 0
            while node:
                count, node = count + 1, node.next
            return count

        m, n = length(headA), length(headB)
        for _ in range(m - n):
            headA = headA.next
        for _ in range(n - m):
            headB = headB.next
        while headA and headA.val != headB.val:
            headA, headB = headA.next, headB.next
        return headA
