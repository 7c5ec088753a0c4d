# Definition for singly-linked list (predefined, as on LeetCode: you need not define it).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        raise NotImplementedError("write your solution to remove-nth-node-from-end-of-list here, then run `shousi run remove-nth-node-from-end-of-list`")
