"""Walks until the list ends or a billion steps have passed ("no list is that long"): on a cycle, 10^9 steps."""


class Solution:
    def hasCycle(self, head):
        steps = 0
        while head is not None:
            steps += 1
            if steps > 10**9:
                return True
            head = head.next
        return False
