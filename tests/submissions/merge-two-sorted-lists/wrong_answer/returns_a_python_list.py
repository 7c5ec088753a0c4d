"""Returns the sorted values as a Python list instead of a ListNode."""

class Solution:
    def mergeTwoLists(self, list1, list2):
        v = []
        for h in (list1, list2):
            while h: v.append(h.val); h = h.next
        return sorted(v)
