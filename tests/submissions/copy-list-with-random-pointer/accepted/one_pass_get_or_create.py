"""One pass with a dict that creates a node's copy the first time it is met, through `next` or through `random`."""
from typing import Optional


class Node:
    def __init__(self, x: int, next: 'Node' = None, random: 'Node' = None):
        self.val = int(x)
        self.next = next
        self.random = random


class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        copies = {}

        def copy_of(node):
            if node is None:
                return None
            if node not in copies:
                copies[node] = Node(node.val)
            return copies[node]

        node = head
        while node:
            copy_of(node).next = copy_of(node.next)
            copy_of(node).random = copy_of(node.random)
            node = node.next
        return copy_of(head)
