"""Copies the list into new nodes (so as not to touch the input) and returns the copy's entry: the right value, but not a node of the input."""

class Solution:
    def detectCycle(self, head):
        # copies the nodes first (to "not modify"), then marks the copies
        idx = {}
        nodes = []
        p = head
        while p and p not in idx:
            idx[p] = len(nodes); nodes.append(ListNode(p.val)); p = p.next
        for a, b in zip(nodes, nodes[1:]): a.next = b
        if p is None: return None
        nodes[-1].next = nodes[idx[p]]
        return nodes[idx[p]]
