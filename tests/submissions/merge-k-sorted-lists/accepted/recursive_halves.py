"""Divide and conquer by recursion on index ranges: merge the left half's answer with the right half's."""


class Solution:
    def mergeKLists(self, lists):
        def merge(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val < b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        def solve(lo, hi):
            if lo >= hi:
                return None
            if hi - lo == 1:
                return lists[lo]
            mid = (lo + hi) // 2
            return merge(solve(lo, mid), solve(mid, hi))

        return solve(0, len(lists))
