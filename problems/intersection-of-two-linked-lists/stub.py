# Definition for singly-linked list (predefined, as on LeetCode: you need not define it).
# class ListNode:
#     def __init__(self, x):
#         self.val = x
#         self.next = None
class Solution:
    def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:
        raise NotImplementedError("write your solution to intersection-of-two-linked-lists here, then run `shousi run intersection-of-two-linked-lists`")
