"""Reads both numbers as Python ints (no overflow in Python), adds them, writes the digits back."""


def add_two_numbers(l1, l2):
    def value(node):
        total, place = 0, 1
        while node:
            total += node.val * place
            place *= 10
            node = node.next
        return total

    total = value(l1) + value(l2)
    dummy = tail = ListNode()
    while True:
        total, digit = divmod(total, 10)
        tail.next = tail = ListNode(digit)
        if total == 0:
            return dummy.next
