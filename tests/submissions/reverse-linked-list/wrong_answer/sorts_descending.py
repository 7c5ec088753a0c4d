"""Builds the list in descending order of value: right on the examples, which happen to be sorted."""


class Solution:
    def reverseList(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        new = None
        for value in sorted(values):
            new = ListNode(value, new)
        return new
