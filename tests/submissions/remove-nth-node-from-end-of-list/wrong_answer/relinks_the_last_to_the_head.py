"""Removing the tail, links the new tail to the head instead of None: a cycle, reported as such."""

class Solution:
    def removeNthFromEnd(self, head, n):
        nodes = []; p = head
        while p: nodes.append(p); p = p.next
        i = len(nodes) - n
        if i == 0: return head.next
        nodes[i - 1].next = nodes[i + 1] if i + 1 < len(nodes) else nodes[0]
        return head
