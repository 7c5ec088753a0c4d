"""A set of the nodes seen (ListNode hashes by identity): O(n) time and O(n) space."""


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head:
            if head in seen:
                return True
            seen.add(head)
            head = head.next
        return False
