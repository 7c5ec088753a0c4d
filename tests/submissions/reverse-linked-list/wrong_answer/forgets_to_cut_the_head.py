"""Recursive, without `head.next = None`: the old head and its successor point at each other (a cycle)."""


class Solution:
    def reverseList(self, head):
        if head is None or head.next is None:
            return head
        rest = self.reverseList(head.next)
        head.next.next = head
        return rest
