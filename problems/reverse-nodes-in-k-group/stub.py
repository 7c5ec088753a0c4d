# Definition for singly-linked list (predefined, as on LeetCode: you need not define it).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        raise NotImplementedError("write your solution to reverse-nodes-in-k-group here, then run `shousi run reverse-nodes-in-k-group`")
