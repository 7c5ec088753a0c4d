"""For each node from the head, walks up to 10^4 steps (the most a lap can take) to see whether it comes back to
it: the first that does is the entry. O(n) steps per node before the entry: 10^8 at 10^4 nodes."""


class Solution:
    def detectCycle(self, head):
        node = head
        while node is not None:
            walker = node.next
            for _ in range(10**4):
                if walker is None:
                    return None
                if walker is node:
                    return node
                walker = walker.next
            node = node.next
        return None
