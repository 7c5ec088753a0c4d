"""LC23's method with k = 2: a heap of (value, tie-breaker, node) for the heads, relinking the nodes popped."""


class Solution:
    def mergeTwoLists(self, list1, list2):
        heap = [(node.val, i, node) for i, node in enumerate((list1, list2)) if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, i, node.next))
        tail.next = None
        return dummy.next
