"""Bottom-up merge sort, O(1) extra space (the follow-up): merge runs of width 1, 2, 4, ... along the list,
cutting each run off and hanging the merged run on the previous tail. Accepted."""
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        n = 0; cur = head
        while cur: n += 1; cur = cur.next
        d = ListNode(0, head); step = 1
        def split(h, k):
            for _ in range(k - 1):
                if h: h = h.next
            if not h: return None
            r = h.next; h.next = None; return r
        while step < n:
            prev, cur = d, d.next
            while cur:
                a = cur; b = split(a, step); cur = split(b, step)
                t = prev
                while a and b:
                    if a.val <= b.val: t.next, a = a, a.next
                    else: t.next, b = b, b.next
                    t = t.next
                t.next = a or b
                while t.next: t = t.next
                prev = t
            step <<= 1
        return d.next
