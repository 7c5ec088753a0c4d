"""Compares n // 2 - 1 mirror pairs instead of n // 2: the innermost pair of an even list is never compared."""


class Solution:
    def isPalindrome(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        n = len(values)
        for i in range(n // 2 - 1):
            if values[i] != values[n - 1 - i]:
                return False
        return True
