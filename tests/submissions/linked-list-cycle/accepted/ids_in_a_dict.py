"""Remembers each node's id() with its position, the list of nodes kept alive so no id is reused."""
from typing import Optional


class Solution:
    def hasCycle(self, head: Optional["ListNode"]) -> bool:
        position, kept = {}, []
        while head is not None:
            if id(head) in position:
                return True
            position[id(head)] = len(kept)
            kept.append(head)
            head = head.next
        return False
