"""Finds the smallest head by scanning all k lists for every node taken: O(k N), 10^8 comparisons at 10^4 lists."""


class Solution:
    def mergeKLists(self, lists):
        heads = list(lists)
        dummy = tail = ListNode()
        while True:
            best = -1
            for i, node in enumerate(heads):
                if node and (best < 0 or node.val < heads[best].val):
                    best = i
            if best < 0:
                return dummy.next
            tail.next = tail = heads[best]
            heads[best] = heads[best].next
