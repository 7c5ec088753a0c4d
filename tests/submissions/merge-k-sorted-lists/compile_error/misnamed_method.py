"""Names the method mergeKSortedLists (LeetCode's is mergeKLists)."""


class Solution:
    def mergeKSortedLists(self, lists):
        values = sorted(v for node in lists for v in self._values(node))
        head = None
        for value in reversed(values):
            head = ListNode(value, head)
        return head

    def _values(self, node):
        while node:
            yield node.val
            node = node.next
