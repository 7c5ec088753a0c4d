# Definition for singly-linked list (predefined, as on LeetCode: you need not define it).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        raise NotImplementedError("write your solution to swap-nodes-in-pairs here, then run `shousi run swap-nodes-in-pairs`")
