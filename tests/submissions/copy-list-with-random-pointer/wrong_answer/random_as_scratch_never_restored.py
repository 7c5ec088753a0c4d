"""The classic O(1)-space trick through random: each original's random is pointed at its copy (the copy keeps
the old random), the copies' randoms are mapped through it, and then the originals' randoms are "restored" to None.
Wrong: the original list was modified (its randoms lost); the message asks whether random was used as scratch."""
class Solution:
    def copyRandomList(self, head):
        # store copy in original's random, the original random in copy's next... restore random only when it was set
        nodes = []; cur = head
        while cur: nodes.append(cur); cur = cur.next
        copies = []
        for n in nodes:
            c = Node(n.val); c.random = n.random; n.random = c; copies.append(c)
        for c in copies:
            if c.random: c.random = c.random.random
        for n, c in zip(nodes, copies):
            n.random = None  # restore... loses the originals' randoms
        for a, b in zip(copies, copies[1:]): a.next = b
        return copies[0] if copies else None
