"""Returns the remaining values as a Python list instead of a ListNode."""

class Solution:
    def removeNthFromEnd(self, head, n):
        vals = []; p = head
        while p: vals.append(p.val); p = p.next
        del vals[-n]
        return vals
