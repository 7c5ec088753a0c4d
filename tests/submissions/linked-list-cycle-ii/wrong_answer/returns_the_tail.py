"""Returns the node whose `next` was already seen, the tail that closes the cycle, instead of the node it points
to."""


class Solution:
    def detectCycle(self, head):
        seen = set()
        while head:
            seen.add(head)
            if head.next in seen:
                return head
            head = head.next
        return None
