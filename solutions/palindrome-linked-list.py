"""Find the middle with a slow and a fast pointer, reverse the second half in place, compare it with the first half,
then reverse it back so the caller's list is left as it was. O(n) time, O(1) extra space."""


class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:  # slow stops at the middle (odd) or at the second half's first node (even)
            slow, fast = slow.next, fast.next.next
        tail = self.reverse(slow)
        left, right, same = head, tail, True
        while right:  # the reversed half is never longer than the first one
            if left.val != right.val:
                same = False
                break
            left, right = left.next, right.next
        self.reverse(tail)
        return same

    @staticmethod
    def reverse(node: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while node:
            node.next, prev, node = prev, node, node.next
        return prev
