"""Copies the values and `next`, and sets each copy's `random` to the original's own random: a pointer into the
original list."""


class Solution:
    def copyRandomList(self, head):
        dummy = tail = Node(0)
        while head:
            tail.next = tail = Node(head.val, None, head.random)
            head = head.next
        return dummy.next
