# Definition for singly-linked list (predefined, as on LeetCode: you need not define it).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        raise NotImplementedError("write your solution to merge-k-sorted-lists here, then run `shousi run merge-k-sorted-lists`")
