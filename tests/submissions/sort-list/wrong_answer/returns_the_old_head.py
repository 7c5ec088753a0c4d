"""Sorts by relinking the nodes, then returns `head`, the old first node, wherever it ended up."""


class Solution:
    def sortList(self, head):
        nodes = []
        node = head
        while node:
            nodes.append(node)
            node = node.next
        nodes.sort(key=lambda item: item.val)
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if nodes:
            nodes[-1].next = None
        return head
