"""Brent's cycle detection: the tortoise jumps to the hare at each power of two."""

class Solution:
    def hasCycle(self, head):
        if not head: return False
        power = lam = 1
        tortoise, hare = head, head.next
        while hare is not tortoise:
            if hare is None: return False
            if power == lam:
                tortoise = hare; power *= 2; lam = 0
            hare = hare.next; lam += 1
        return True
