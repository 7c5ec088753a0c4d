"""Names the method swap_pairs inside the class (LeetCode's is swapPairs)."""


class Solution:
    def swap_pairs_nodes(self, head):
        if head is None or head.next is None:
            return head
        second = head.next
        head.next = self.swap_pairs_nodes(second.next)
        second.next = head
        return second
