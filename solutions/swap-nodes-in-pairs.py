"""Swap each pair behind a dummy node: `prev -> a -> b -> rest` becomes `prev -> b -> a -> rest`, then step to `a`.
O(n) time, O(1) extra space; the nodes are relinked, their values never touched."""


class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = prev = ListNode(0, head)
        while prev.next and prev.next.next:
            a, b = prev.next, prev.next.next
            a.next, b.next, prev.next = b.next, a, b
            prev = a
        return dummy.next
