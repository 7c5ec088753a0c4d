"""Not a relinking: copy the values, drop index L - n, build a new list. Accepted, as on LeetCode."""


class Solution:
    def removeNthFromEnd(self, head, n):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        del values[len(values) - n]
        new = None
        for value in reversed(values):
            new = ListNode(value, new)
        return new
