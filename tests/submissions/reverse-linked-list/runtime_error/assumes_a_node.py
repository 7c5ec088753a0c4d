"""Reads `head.next` before checking for the empty list."""


class Solution:
    def reverseList(self, head):
        prev, cur, nxt = None, head, head.next
        while cur:
            cur.next = prev
            prev, cur = cur, nxt
            nxt = nxt.next if nxt else None
        return prev
