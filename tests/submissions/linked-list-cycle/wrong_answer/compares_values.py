"""Floyd's chase, but the meeting is tested with `slow.val == fast.val`: equal values are not the same node."""


class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if fast and slow.val == fast.val:
                return True
        return False
