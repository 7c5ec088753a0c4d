"""Returns None at once when the list of lists is empty, has one empty list, or starts with two empty lists
("nothing to merge"), else merges with a heap of (val, index, node). Wrong: empty lists first do not mean all are
empty; caught by the first two lists empty, not all."""
import heapq
class Solution:
    def mergeKLists(self, lists):
        if not lists or lists[0] is None and len(lists) == 1 or all(l is None for l in lists[:2]): return None
        h = [(l.val, i, l) for i, l in enumerate(lists) if l]
        heapq.heapify(h)
        d = t = ListNode()
        while h:
            v, i, n = heapq.heappop(h); t.next = n; t = n
            if n.next: heapq.heappush(h, (n.next.val, i, n.next))
        return d.next
