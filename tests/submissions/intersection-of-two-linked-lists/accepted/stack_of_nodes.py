"""Push both lists' nodes onto two stacks and pop while the tops are the same node: the last common pop is the
first shared node. O(m + n) time and space."""


class Solution:
    def getIntersectionNode(self, headA, headB):
        stack_a, stack_b = [], []
        while headA:
            stack_a.append(headA)
            headA = headA.next
        while headB:
            stack_b.append(headB)
            headB = headB.next
        shared = None
        while stack_a and stack_b and stack_a[-1] is stack_b[-1]:
            shared = stack_a.pop()
            stack_b.pop()
        return shared
