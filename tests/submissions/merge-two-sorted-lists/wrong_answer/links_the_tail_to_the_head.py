"""Walks to the tail after the merge and sets its next to the head (meant to record the tail): a cycle, which the grader reports instead of hanging."""

class Solution:
    def mergeTwoLists(self, list1, list2):
        d = t = ListNode()
        a, b = list1, list2
        while a and b:
            if a.val <= b.val: t.next = a; a = a.next
            else: t.next = b; b = b.next
            t = t.next
        t.next = a or b
        while t.next: t = t.next
        t.next = d.next  # meant to record the tail; closes a loop instead
        return d.next
