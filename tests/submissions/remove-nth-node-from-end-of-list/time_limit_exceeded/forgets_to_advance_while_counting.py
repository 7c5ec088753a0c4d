"""Counts the nodes without stepping to the next one: the count never ends. Nothing natural is slow at 30 nodes;
this is the hang LeetCode reports as Time Limit Exceeded."""


class Solution:
    def removeNthFromEnd(self, head, n):
        length, node = 0, head
        while node:
            length += 1
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(length - n):
            before = before.next
        before.next = before.next.next
        return dummy.next
