"""Finds the middle with `slow = fast = head`: a list of two nodes splits into both of them and nothing, and the
recursion on the same two nodes never ends (RecursionError)."""


class Solution:
    def sortList(self, head):
        if head is None or head.next is None:
            return head
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        left, right = self.sortList(head), self.sortList(second)
        dummy = tail = ListNode()
        while left and right:
            if left.val <= right.val:
                tail.next, left = left, left.next
            else:
                tail.next, right = right, right.next
            tail = tail.next
        tail.next = left or right
        return dummy.next
