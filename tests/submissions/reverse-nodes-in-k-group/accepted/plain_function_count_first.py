"""A plain function with the snake_case name: count the nodes once, then reverse n // k groups by head insertion."""


def reverse_k_group(head, k):
    n, node = 0, head
    while node:
        n, node = n + 1, node.next
    dummy = prev = ListNode(0, head)
    for _ in range(n // k):
        first = prev.next
        for _ in range(k - 1):
            moved = first.next
            first.next = moved.next
            moved.next = prev.next
            prev.next = moved
        prev = first
    return dummy.next
