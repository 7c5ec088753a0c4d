"""The iterative O(1)-space answer in its textbook spelling, with LeetCode's typing import pasted in."""
from typing import Optional


class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        group_prev = dummy
        while True:
            kth = group_prev
            count = 0
            while kth is not None and count < k:
                kth = kth.next
                count += 1
            if kth is None:
                break
            group_next = kth.next
            prev, cur = group_next, group_prev.next
            while cur is not group_next:
                nxt = cur.next
                cur.next = prev
                prev = cur
                cur = nxt
            first = group_prev.next
            group_prev.next = kth
            group_prev = first
        return dummy.next
