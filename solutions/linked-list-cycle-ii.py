"""Floyd's two phases: slow and fast meet inside the cycle; then a pointer from the head and one from the meeting
point, one step at a time, meet at the cycle's entry. O(n) time, O(1) extra space, the list untouched."""


class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                entry = head
                while entry is not slow:
                    entry, slow = entry.next, slow.next
                return entry
        return None
