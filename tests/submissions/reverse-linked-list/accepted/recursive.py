"""Recursion, 5000 frames deep at the maximum: reverse the rest, then hang the head at its end."""


class Solution:
    def reverseList(self, head):
        if head is None or head.next is None:
            return head
        rest = self.reverseList(head.next)
        head.next.next = head
        head.next = None
        return rest
