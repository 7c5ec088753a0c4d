"""Reverses correctly, then returns `head` (now the tail, a list of one node) instead of `prev`."""


class Solution:
    def reverseList(self, head):
        prev, cur = None, head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        return head
