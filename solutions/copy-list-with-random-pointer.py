"""Two passes with a dict from each original node to its copy: create every copy, then link each copy's `next`
and `random` to the copies of the original's (None to None). O(n) time and space, the original untouched."""


class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        copies = {None: None}
        node = head
        while node:
            copies[node] = Node(node.val)
            node = node.next
        node = head
        while node:
            copies[node].next = copies[node.next]
            copies[node].random = copies[node.random]
            node = node.next
        return copies[head]
