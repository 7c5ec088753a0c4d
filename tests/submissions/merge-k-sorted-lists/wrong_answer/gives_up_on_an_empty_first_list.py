"""Guards against `lists = []` and `[[]]` with `if not lists or not lists[0]: return None`: wrong whenever the first
list is empty and another is not."""


class Solution:
    def mergeKLists(self, lists):
        if not lists or not lists[0]:
            return None
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, i, node.next))
        return dummy.next
