"""A set of the nodes seen: the first node met again is the entry. O(n) time and space."""


class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        seen = set()
        while head is not None:
            if head in seen:
                return head
            seen.add(head)
            head = head.next
        return None
