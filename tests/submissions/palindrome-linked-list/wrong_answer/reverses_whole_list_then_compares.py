"""Reverses the whole list in place, then compares it with "the original": but there is no original any more,
only the same nodes relinked, so it compares the reversed list with itself: always True."""


class Solution:
    def isPalindrome(self, head):
        prev, cur = None, head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        a, b = prev, prev  # "the original" is gone: only the reversed list is left
        while a and b:
            if a.val != b.val:
                return False
            a, b = a.next, b.next
        return True
