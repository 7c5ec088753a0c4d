"""Values are single digits, so the list's string of digits is a faithful key: compare it with its reverse."""


class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        digits = []
        while head:
            digits.append(str(head.val))
            head = head.next
        text = "".join(digits)
        return text == text[::-1]
