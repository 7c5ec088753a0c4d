"""Interleaves the copies with the originals and sets the randoms correctly, then picks the copies out without
restoring the originals' `next` pointers: the copy is right, the original list is left modified."""


class Solution:
    def copyRandomList(self, head):
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            if node.random:
                node.next.random = node.random.next
            node = node.next.next
        copy_head = head.next if head else None
        copy = copy_head
        while copy and copy.next:
            copy.next = copy.next.next
            copy = copy.next
        return copy_head
