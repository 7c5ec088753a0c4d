"""Stops while `cur.next` exists, so the old tail is never relinked: the answer misses its first node."""


class Solution:
    def reverseList(self, head):
        if head is None:
            return None
        prev, cur = None, head
        while cur.next:
            cur.next, prev, cur = prev, cur, cur.next
        return prev
