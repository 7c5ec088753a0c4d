"""A popular LeetCode paste: start fast one step ahead and let the AttributeError at the list's end mean "no
cycle"."""


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        try:
            slow, fast = head, head.next
            while slow is not fast:
                slow = slow.next
                fast = fast.next.next
            return True
        except AttributeError:
            return False
