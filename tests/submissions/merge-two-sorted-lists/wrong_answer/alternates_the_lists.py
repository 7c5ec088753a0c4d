"""Takes one node from each list in turn instead of the smaller: right on the first example only."""

class Solution:
    def mergeTwoLists(self, list1, list2):
        d = t = ListNode()
        while list1 and list2:
            t.next = list1; list1 = list1.next; t = t.next
            t.next = list2; list2 = list2.next; t = t.next
        t.next = list1 or list2
        return d.next
