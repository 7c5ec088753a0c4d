"""Copies next, and for random makes a new Node of the same value: the random is in neither the copy nor the
original. Wrong, and the message says so."""
class Solution:
    def copyRandomList(self, head):
        d = t = Node(0); cur = head
        while cur:
            c = Node(cur.val); t.next = c; t = c
            if cur.random: c.random = Node(cur.random.val)
            cur = cur.next
        return d.next
