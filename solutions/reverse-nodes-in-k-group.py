"""Reverse the list group by group behind a dummy node: find the group's last node k steps ahead (stop if the list
ends first: a short tail stays as it is), reverse the k nodes onto what follows the group, and hang the group on the
node before it. O(n) time, O(1) extra space; nodes are relinked, values never touched."""


class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = prev = ListNode(0, head)
        while True:
            last = prev
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            first, rest = prev.next, last.next
            node, before = first, rest
            while node is not rest:
                node.next, before, node = before, node, node.next
            prev.next, prev = last, first
