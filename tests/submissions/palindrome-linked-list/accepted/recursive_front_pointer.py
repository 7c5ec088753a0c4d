"""Recursion to the tail, a front pointer advanced as it unwinds: 10^5 frames deep at the maximum."""


def is_palindrome(head):
    front = head

    def matches(node):
        nonlocal front
        if node is None:
            return True
        if not matches(node.next):
            return False
        if front.val != node.val:
            return False
        front = front.next
        return True

    return matches(head)
