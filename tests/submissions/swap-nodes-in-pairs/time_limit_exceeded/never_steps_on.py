"""Swaps the first pair and then keeps `prev` where it was: the loop swaps the same two nodes back and forth for
ever. Nothing natural is slow at 100 nodes; this is the hang LeetCode reports as Time Limit Exceeded."""


class Solution:
    def swapPairs(self, head):
        dummy = prev = ListNode(0, head)
        while prev.next and prev.next.next:
            a, b = prev.next, prev.next.next
            a.next, b.next, prev.next = b.next, a, b
        return dummy.next
