"""The first answer to give: copy the values into a Python list and compare it with its reverse. O(n) space."""


class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        values = []
        while head:
            values.append(head.val)
            head = head.next
        return values == values[::-1]
