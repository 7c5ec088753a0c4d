"""Pastes LeetCode's ListNode and compares the digits' string with its reverse."""

from typing import Optional
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        s = ''
        while head: s += str(head.val); head = head.next
        return s == s[::-1]
