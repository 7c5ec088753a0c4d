"""Takes the second half from the node after the slow pointer whatever the parity: right for an odd length, but on
an even list it skips the second half's first node, so the innermost pair is never compared."""


class Solution:
    def isPalindrome(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        prev, cur = None, slow.next
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        left, right = head, prev
        while right:
            if left.val != right.val:
                return False
            left, right = left.next, right.next
        return True
