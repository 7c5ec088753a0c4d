"""A dict from node to copy, but a node whose random is itself gets `copy.random = node` (the original), a
special case written for one-node lists. Wrong: the random points into the original list; caught by example 2."""
class Solution:
    def copyRandomList(self, head):
        m = {None: None}; cur = head
        while cur: m[cur] = Node(cur.val); cur = cur.next
        cur = head
        while cur:
            m[cur].next = m[cur.next]
            m[cur].random = cur if cur.random is cur else m[cur.random]
            cur = cur.next
        return m[head]
