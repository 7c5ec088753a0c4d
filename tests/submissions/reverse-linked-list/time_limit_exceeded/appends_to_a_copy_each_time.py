"""The naive functional reversal, reverse(head) = reverse(rest) + [head], where "+" copies the reversed rest node
by node: O(n^2) new nodes, 12.5 million at 5000 nodes."""


class Solution:
    def reverseList(self, head):
        if head is None:
            return None
        rest = self.reverseList(head.next)
        copy = tail = ListNode()
        while rest:
            tail.next = ListNode(rest.val)
            tail, rest = tail.next, rest.next
        tail.next = ListNode(head.val)
        return copy.next
