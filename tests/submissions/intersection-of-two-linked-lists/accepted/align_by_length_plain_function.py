"""Count both lengths, move the longer list's pointer ahead by the difference, then step both together until they
are the same node: a plain function with the snake_case name. O(m + n) time, O(1) space."""


def length(node):
    count = 0
    while node is not None:
        count, node = count + 1, node.next
    return count


def get_intersection_node(head_a, head_b):
    m, n = length(head_a), length(head_b)
    for _ in range(m - n):
        head_a = head_a.next
    for _ in range(n - m):
        head_b = head_b.next
    while head_a is not head_b:
        head_a, head_b = head_a.next, head_b.next
    return head_a
