"""Returns the reversed values as a Python list rather than the head of a linked list."""


class Solution:
    def reverseList(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        return values[::-1]
