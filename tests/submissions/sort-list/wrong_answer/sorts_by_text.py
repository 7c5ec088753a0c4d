"""Sorts the values as strings (a habit from reading ACM input without converting it): "10" < "9", "-2" < "-10"."""


class Solution:
    def sortList(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        new = None
        for value in sorted(values, key=str, reverse=True):
            new = ListNode(value, new)
        return new
