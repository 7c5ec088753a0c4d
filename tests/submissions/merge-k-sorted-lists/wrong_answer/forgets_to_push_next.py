"""Pops each head and splices it on, but never pushes its `next`: the answer is the k heads alone, the rest of
every list lost."""


class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
        tail.next = None
        return dummy.next
