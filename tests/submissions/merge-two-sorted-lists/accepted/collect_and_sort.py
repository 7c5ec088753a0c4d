"""Not a merge: collect every value, sort, build a new list. O((m + n) log(m + n)), accepted at 50 nodes each."""


def merge_two_lists(list1, list2):
    values = []
    for node in (list1, list2):
        while node:
            values.append(node.val)
            node = node.next
    head = None
    for value in sorted(values, reverse=True):
        head = ListNode(value, head)
    return head
