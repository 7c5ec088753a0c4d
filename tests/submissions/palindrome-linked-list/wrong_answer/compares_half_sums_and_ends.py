"""Compares the sums of the two halves and the first and last values: [1,2,3,2,3,1] passes both checks and is not
a palindrome."""


class Solution:
    def isPalindrome(self, head):
        values = []
        while head:
            values.append(head.val)
            head = head.next
        n = len(values)
        return values[0] == values[-1] and sum(values[:n // 2]) == sum(values[(n + 1) // 2:])
