"""Walks at most 1000 steps and calls any longer list a cycle: lists have up to 10^4 nodes."""


class Solution:
    def hasCycle(self, head):
        for _ in range(1000):
            if head is None:
                return False
            head = head.next
        return True
