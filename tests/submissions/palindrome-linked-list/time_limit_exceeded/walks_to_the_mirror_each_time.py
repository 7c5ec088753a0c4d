"""For each position i of the first half, walks from the head to position n - 1 - i: O(n^2) steps, 2.5 * 10^9 at
10^5 nodes."""


class Solution:
    def isPalindrome(self, head):
        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        left = head
        for i in range(n // 2):
            mirror = head
            for _ in range(n - 1 - i):
                mirror = mirror.next
            if left.val != mirror.val:
                return False
            left = left.next
        return True
