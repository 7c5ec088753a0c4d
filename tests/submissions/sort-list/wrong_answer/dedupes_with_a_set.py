"""Sorts the set of the values: each duplicate is lost."""


class Solution:
    def sortList(self, head):
        values = set()
        while head:
            values.add(head.val)
            head = head.next
        new = None
        for value in sorted(values, reverse=True):
            new = ListNode(value, new)
        return new
