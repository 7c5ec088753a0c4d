"""Leaves a full group alone when its values read the same backwards, as if reversing it changed nothing:
the values come out right, but the nodes are not where the reversal puts them. The adapter checks which node stands
at each position, so hidden 9 (all 4s) and the group [5, 8, 5] give a wrong answer."""
class Solution:
    def reverseKGroup(self, head, k):
        dummy = ListNode(0, head); prev = dummy
        while True:
            last = prev; vals = []
            for _ in range(k):
                last = last.next
                if last is None: return dummy.next
                vals.append(last.val)
            if vals == vals[::-1]:
                prev = last; continue
            nxt = last.next; first = prev.next; p = nxt; cur = first
            while cur is not nxt:
                t = cur.next; cur.next = p; p = cur; cur = t
            prev.next = last; prev = first
