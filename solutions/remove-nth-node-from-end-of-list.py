"""One pass with a gap of n nodes: `fast` leads `slow` by n from a dummy before the head; when `fast` is on the
last node, `slow` is just before the node to remove. O(L) time, O(1) extra space."""


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        slow = fast = dummy
        for _ in range(n):
            fast = fast.next
        while fast.next:
            slow, fast = slow.next, fast.next
        slow.next = slow.next.next
        return dummy.next
