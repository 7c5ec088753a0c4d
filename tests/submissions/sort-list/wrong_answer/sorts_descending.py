"""Builds the list by head insertion from the ascending values: the order comes out descending."""


class Solution:
    def sortList(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        new = None
        for value in sorted(values):
            new = ListNode(value, new)
        return new
