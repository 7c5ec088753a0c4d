"""Joins the values as a string directly: they are ints, so `"".join` raises TypeError."""


class Solution:
    def isPalindrome(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        text = "".join(values)
        return text == text[::-1]
