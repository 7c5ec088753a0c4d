"""Pastes LeetCode's ListNode; marks the visited nodes' val with a sentinel and restores every value before returning the node first met twice."""

from typing import Optional
class ListNode:
    def __init__(self, x):
        self.val = x
        self.next = None
class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        saved = []; mark = object(); p = head; ans = None
        while p:
            if p.val is mark: ans = p; break
            saved.append((p, p.val)); p.val = mark; p = p.next
        for n, v in saved: n.val = v
        return ans
