"""Checks that at most one value occurs an odd number of times: that the values can be rearranged into a
palindrome, not that they are one."""


class Solution:
    def isPalindrome(self, head):
        counts = Counter()
        while head:
            counts[head.val] += 1
            head = head.next
        return sum(count % 2 for count in counts.values()) <= 1
