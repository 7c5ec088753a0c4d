"""The destructive trick: point each visited node's `next` at a sentinel, so coming back to one shows the cycle.
Right answer, destroyed list."""


class Solution:
    def hasCycle(self, head):
        sentinel = ListNode(0)
        while head:
            if head.next is sentinel:
                return True
            head.next, head = sentinel, head.next
        return False
