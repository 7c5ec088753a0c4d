"""LeetCode code pasted with the ListNode class uncommented: its own class is used only for the dummy node,
the input's nodes are relinked, so it is accepted."""
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, head); prev = dummy
        while prev.next and prev.next.next:
            a = prev.next; b = a.next
            a.next = b.next; b.next = a; prev.next = b; prev = a
        return dummy.next
