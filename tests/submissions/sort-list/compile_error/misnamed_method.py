"""Names the method sort (LeetCode's is sortList)."""


class Solution:
    def sort(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        new = None
        for value in sorted(values, reverse=True):
            new = ListNode(value, new)
        return new
