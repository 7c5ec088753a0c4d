"""Splices `list1`'s head without stepping `list1` on: the node is hung on itself (`tail` is it, and `tail.next =
list1`) and the loop takes it again for ever. Nothing natural is slow at 50 nodes a list; this is the hang LeetCode
reports as Time Limit Exceeded."""


class Solution:
    def mergeTwoLists(self, list1, list2):
        dummy = tail = ListNode()
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next = list1
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 or list2
        return dummy.next
