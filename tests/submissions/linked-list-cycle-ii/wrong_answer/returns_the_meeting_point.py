"""Stops after Floyd's first phase and returns where slow and fast meet, which is inside the cycle but seldom its
entry."""


class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return slow
        return None
