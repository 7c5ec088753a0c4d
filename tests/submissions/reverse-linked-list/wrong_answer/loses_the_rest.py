"""Overwrites `next` before saving it: the walk stops after the first node."""


class Solution:
    def reverseList(self, head):
        prev, cur = None, head
        while cur:
            cur.next = prev
            prev = cur
            cur = cur.next
        return prev
