"""Pastes LeetCode's ListNode and builds new nodes from heapq.merge of the two value streams."""

from typing import Optional
import heapq
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        def it(h):
            while h: yield h.val; h = h.next
        d = t = ListNode()
        for x in heapq.merge(it(list1), it(list2)): t.next = ListNode(x); t = t.next
        return d.next
