"""On equal heads takes one node and skips both: one of each pair of equal values is lost."""


class Solution:
    def mergeTwoLists(self, list1, list2):
        dummy = tail = ListNode()
        while list1 and list2:
            if list1.val < list2.val:
                tail.next, list1 = list1, list1.next
            elif list2.val < list1.val:
                tail.next, list2 = list2, list2.next
            else:
                tail.next, list1, list2 = list1, list1.next, list2.next
            tail = tail.next
        tail.next = list1 or list2
        return dummy.next
