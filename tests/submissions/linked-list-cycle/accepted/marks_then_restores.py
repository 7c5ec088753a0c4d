"""Marks each visited node's val with a sentinel object, then puts every value back before returning: the list is as it was."""

class Solution:
    def hasCycle(self, head):
        saved = []
        mark = object()
        p = head; res = False
        while p:
            if p.val is mark: res = True; break
            saved.append((p, p.val)); p.val = mark; p = p.next
        for node, v in saved: node.val = v
        return res
