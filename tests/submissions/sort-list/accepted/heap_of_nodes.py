"""A heap of (value, position, node), relying on LeetCode's implicit `heapq` import: the position breaks ties, so
two equal values never compare their nodes."""


class Solution:
    def sortList(self, head):
        heap, i = [], 0
        while head:
            heap.append((head.val, i, head))
            head, i = head.next, i + 1
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            tail.next = tail = heapq.heappop(heap)[2]
        tail.next = None
        return dummy.next
