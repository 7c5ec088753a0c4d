"""Bottom-up merge sort that stops after the first width: it merges neighbouring pairs only, so each pair is sorted
and the list is not."""


class Solution:
    def sortList(self, head):
        dummy = tail = ListNode(0, head)
        node = head
        while node:
            a, b = node, node.next
            if b is None:
                tail.next = a
                break
            node = b.next
            if b.val < a.val:
                a, b = b, a
            tail.next, a.next, b.next = a, b, None
            tail = b
        return dummy.next
