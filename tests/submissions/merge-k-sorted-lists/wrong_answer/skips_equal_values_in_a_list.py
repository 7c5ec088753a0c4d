"""A heap of (val, index, node) that, after popping a node, skips the run of equal values behind it in its list
(written for strictly increasing lists). Wrong: every equal value is kept; caught by equal values inside one list."""
import heapq
class Solution:
    def mergeKLists(self, lists):
        h = [(l.val, i, l) for i, l in enumerate(lists) if l]
        heapq.heapify(h)
        d = t = ListNode()
        while h:
            v, i, n = heapq.heappop(h); t.next = n; t = n
            nx = n.next
            while nx and nx.val == v: nx = nx.next   # skip equal run (assumes strictly increasing)
            if nx: heapq.heappush(h, (nx.val, i, nx))
        t.next = None
        return d.next
