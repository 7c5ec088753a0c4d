"""A plain function with the snake_case name: not a merge (collect every value, sort, build new nodes), but
O(N log N) and accepted, as on LeetCode."""


def merge_k_lists(lists):
    values = []
    for node in lists:
        while node:
            values.append(node.val)
            node = node.next
    head = None
    for value in sorted(values, reverse=True):
        head = ListNode(value, head)
    return head
