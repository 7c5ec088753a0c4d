"""The LeetCode forum trick: give ListNode a `<` so that bare nodes go into the heap (relying on LeetCode's
implicit `heapq` import)."""


class Solution:
    def mergeKLists(self, lists):
        ListNode.__lt__ = lambda a, b: a.val < b.val
        heap = [node for node in lists if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, node.next)
        return dummy.next
