"""Skips a pair whose two values are equal, as if exchanging them changed nothing: the values come out
right, but the nodes are not where the swap puts them. The adapter checks which node stands at each position, so
hidden 6 (all 5s) and the [1, 2, 9, 9, 3, 4] case give a wrong answer."""
class Solution:
    def swapPairs(self, head):
        dummy = ListNode(0, head); prev = dummy
        while prev.next and prev.next.next:
            a = prev.next; b = a.next
            if a.val != b.val:
                a.next = b.next; b.next = a; prev.next = b; prev = a
            else:
                prev = b
        return dummy.next
