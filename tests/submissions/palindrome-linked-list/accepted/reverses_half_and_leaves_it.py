"""Reverses the second half in place and does not restore it: allowed here, as on LeetCode."""

class Solution:
    def isPalindrome(self, head):
        slow = fast = head
        while fast and fast.next:
            slow = slow.next; fast = fast.next.next
        prev = None
        while slow:
            n = slow.next; slow.next = prev; prev = slow; slow = n
        a, b = head, prev
        while b:
            if a.val != b.val: return False
            a, b = a.next, b.next
        return True
