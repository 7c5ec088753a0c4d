"""Returns the list untouched when its first 50 neighbours are in order (a shortcut for the already-sorted
maximum case), else sorts the values. Wrong: a list sorted but for one late node is returned as it is; caught by the
300 nodes sorted but for the last, the smallest."""
class Solution:
    def sortList(self, head):
        # shortcut: if the first 50 steps are sorted assume it is sorted
        cur, k, ok = head, 0, True
        while cur and cur.next and k < 50:
            if cur.val > cur.next.val: ok = False; break
            cur = cur.next; k += 1
        if ok: return head
        vals = []
        cur = head
        while cur: vals.append(cur.val); cur = cur.next
        vals.sort(); cur = head
        for v in vals: cur.val = v; cur = cur.next
        return head
