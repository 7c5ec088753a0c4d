"""Merges list 1 with 2, the result with 3, and so on: each merge re-walks the growing result, O(k N). With 10^4
ascending lists of one node that is 5 * 10^7 steps of the merge loop."""


class Solution:
    def mergeKLists(self, lists):
        merged = None
        for other in lists:
            dummy = tail = ListNode()
            a, b = merged, other
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            merged = dummy.next
        return merged
