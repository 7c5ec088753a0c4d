"""Bottom-up merge sort, the follow-up's O(1)-space answer: merge neighbouring runs of 1, 2, 4, ... nodes along the
list, cutting each run off before merging and hanging the merged run on the tail of the last one. O(n log n) time,
no recursion."""


def _cut(head, n):
    """Cut the list after its first n nodes (or fewer) and return the rest."""
    for _ in range(n - 1):
        if head is None:
            return None
        head = head.next
    if head is None:
        return None
    rest, head.next = head.next, None
    return rest


def _merge(a, b, tail):
    """Merge sorted lists a and b after `tail`; return the merged run's last node."""
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    while tail.next:
        tail = tail.next
    return tail


class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        dummy = ListNode(0, head)
        width = 1
        while width < n:
            tail, rest = dummy, dummy.next
            while rest:
                left = rest
                right = _cut(left, width)
                rest = _cut(right, width)
                tail = _merge(left, right, tail)
            width *= 2
        return dummy.next
