"""Interleaving, with `node.next.random = node.random.next` run even when `node.random` is None:
AttributeError on the first null random."""


class Solution:
    def copyRandomList(self, head):
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            node.next.random = node.random.next
            node = node.next.next
        dummy = tail = Node(0)
        node = head
        while node:
            copy = node.next
            node.next = copy.next
            tail.next = tail = copy
            node = node.next
        return dummy.next
