"""Floyd's two phases, with LeetCode's commented-out ListNode pasted in (it shadows the predefined one
harmlessly: the grader's nodes are passed in)."""
from typing import Optional


class ListNode:
    def __init__(self, x):
        self.val = x
        self.next = None


class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                finder = head
                while finder is not slow:
                    finder, slow = finder.next, slow.next
                return finder
        return None
