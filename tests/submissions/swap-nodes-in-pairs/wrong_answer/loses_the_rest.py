"""Points `b.next` back at `a` without saving the rest first, then cuts `a.next`: the list ends after the
first pair."""


class Solution:
    def swapPairs(self, head):
        dummy = prev = ListNode(0, head)
        while prev.next and prev.next.next:
            a, b = prev.next, prev.next.next
            b.next = a
            a.next = None
            prev.next = b
            prev = a
        return dummy.next
