"""Not what was asked (it builds a new list instead of relinking), but LeetCode accepts it, and so does this: the
returned list holds the right values."""


class Solution:
    def reverseList(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        new = None
        for value in values:
            new = ListNode(value, new)
        return new
