"""Starts fast at head.next (as in LC141's try/except paste), then runs the second phase unchanged: the meeting
point is one step short of where the argument needs it, so the two pointers of the second phase chase each other
round the cycle for ever (any cycle longer than one node)."""


class Solution:
    def detectCycle(self, head):
        if head is None:
            return None
        slow, fast = head, head.next
        while slow is not fast:
            if fast is None or fast.next is None:
                return None
            slow, fast = slow.next, fast.next.next
        entry = head
        while entry is not slow:
            entry, slow = entry.next, slow.next
        return entry
