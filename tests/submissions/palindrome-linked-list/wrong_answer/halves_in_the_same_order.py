"""Finds the middle, then compares the first half with the second without reversing it: checks a repetition, not a
mirror."""


class Solution:
    def isPalindrome(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        left, right = head, slow
        if fast:  # odd: skip the middle
            right = slow.next
        while right:
            if left.val != right.val:
                return False
            left, right = left.next, right.next
        return True
