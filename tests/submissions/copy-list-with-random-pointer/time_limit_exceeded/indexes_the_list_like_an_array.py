"""Treats the list as an array: `at(k)` walks k steps from the head, and for each node i every position k is tried
with `at(head, k) is at(head, i).random`, both walked again each time: O(n^3), about 10^9 steps at 1000 nodes."""


class Solution:
    def copyRandomList(self, head):
        def at(start, k):
            for _ in range(k):
                start = start.next
            return start

        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = tail = Node(node.val)
            node = node.next
        for i in range(n):
            for k in range(n):
                if at(head, i).random is not None and at(head, k) is at(head, i).random:
                    at(dummy.next, i).random = at(dummy.next, k)
        return dummy.next
