"""Recursion numbers the nodes from the end as it unwinds; the caller of the n-th skips it."""


class Solution:
    def removeNthFromEnd(self, head, n):
        def strip(node):
            if node is None:
                return None, 0
            rest, count = strip(node.next)
            if count + 1 == n:
                return rest, count + 1
            node.next = rest
            return node, count + 1

        return strip(head)[0]
