"""Hangs each reversed group on `prev` but never moves `prev` on to the group's new last node: the loop reverses
the first group back and forth for ever (with k = 1 it "reverses" the first node for ever). Nothing natural that
relinks the nodes is hopeless at 5000 nodes (an O(n^2 / k) walk from the head for each group is 12.5 million steps,
under a second); this is the hang LeetCode reports as Time Limit Exceeded."""


class Solution:
    def reverseKGroup(self, head, k):
        dummy = prev = ListNode(0, head)
        while True:
            last = prev
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            first, rest = prev.next, last.next
            node, before = first, rest
            while node is not rest:
                node.next, before, node = before, node, node.next
            prev.next = last
