"""The slowest approach LeetCode still accepts: copy the values and `next` first, then for each node find its
random target's position by walking the original from the head, and walk the copy as far: O(n^2), 10^6 steps at
1000 nodes."""


class Solution:
    def copyRandomList(self, head):
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = tail = Node(node.val)
            node = node.next
        node, copy = head, dummy.next
        while node:
            if node.random is not None:
                walker, target = head, dummy.next
                while walker is not node.random:
                    walker, target = walker.next, target.next
                copy.random = target
            node, copy = node.next, copy.next
        return dummy.next
