"""Divide and conquer: merge the lists in pairs (LC21's splice), halving their number each round, until one is
left. Every node is spliced once per round and there are log k rounds: O(N log k) time for N nodes in all, O(1)
extra space besides the list of heads."""


def _merge(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heads = list(lists)
        while len(heads) > 1:
            merged = [_merge(heads[i], heads[i + 1]) for i in range(0, len(heads) - 1, 2)]
            if len(heads) % 2:
                merged.append(heads[-1])
            heads = merged
        return heads[0] if heads else None
