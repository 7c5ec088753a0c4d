"""A heap of (value, node) tuples: on two equal values heapq compares the nodes, and ListNode has no `<`
(TypeError: '<' not supported between instances of 'ListNode' and 'ListNode')."""


class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, node) for node in lists if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, node.next))
        return dummy.next
