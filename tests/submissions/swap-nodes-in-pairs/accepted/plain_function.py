"""A plain function with the snake_case name, walking a pointer to the pointer (`prev`) without a dummy."""


def swap_pairs(head):
    if head is None or head.next is None:
        return head
    new_head = head.next
    prev = None
    while head and head.next:
        a, b = head, head.next
        rest = b.next
        b.next, a.next = a, rest
        if prev:
            prev.next = b
        prev, head = a, rest
    return new_head
