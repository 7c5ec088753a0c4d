"""Copies the values and the `next` links and leaves every copy's `random` None."""


class Solution:
    def copyRandomList(self, head):
        dummy = tail = Node(0)
        while head:
            tail.next = tail = Node(head.val)
            head = head.next
        return dummy.next
