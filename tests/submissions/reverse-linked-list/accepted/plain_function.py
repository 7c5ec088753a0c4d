"""A plain function with the snake_case name, relinking onto a dummy's front (head insertion)."""


def reverse_list(head):
    dummy = ListNode()
    while head:
        nxt = head.next
        head.next = dummy.next
        dummy.next = head
        head = nxt
    return dummy.next
