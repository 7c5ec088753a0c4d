"""Two passes as a plain function: count the nodes, then unlink index L - n (the head as a special case)."""


def remove_nth_from_end(head, n):
    length, node = 0, head
    while node:
        length, node = length + 1, node.next
    if n == length:
        return head.next
    before = head
    for _ in range(length - n - 1):
        before = before.next
    before.next = before.next.next
    return head
