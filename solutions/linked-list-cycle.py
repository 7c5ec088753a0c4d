"""Floyd's tortoise and hare: a pointer moving two steps catches one moving one step if and only if the list loops.
O(n) time, O(1) extra space, the list untouched."""


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False
