"""O(1) extra space: weave each copy right after its original, set the copies' randoms through the weave, then
unweave, restoring every original `next`: a plain function with the snake_case name."""


def copy_random_list(head):
    node = head
    while node:
        node.next = Node(node.val, node.next)
        node = node.next.next
    node = head
    while node:
        if node.random:
            node.next.random = node.random.next
        node = node.next.next
    dummy = tail = Node(0)
    node = head
    while node:
        copy = node.next
        node.next = copy.next
        tail.next = tail = copy
        node = node.next
    return dummy.next
