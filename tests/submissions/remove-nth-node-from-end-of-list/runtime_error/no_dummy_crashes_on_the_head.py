"""No dummy and no check: when n is the length, `fast` runs off the end and `fast.next` raises AttributeError."""


class Solution:
    def removeNthFromEnd(self, head, n):
        fast = slow = head
        for _ in range(n):
            fast = fast.next
        while fast.next:
            fast, slow = fast.next, slow.next
        slow.next = slow.next.next
        return head
