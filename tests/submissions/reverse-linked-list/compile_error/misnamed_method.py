"""Names the method reverse (LeetCode's is reverseList)."""


class Solution:
    def reverse(self, head):
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
