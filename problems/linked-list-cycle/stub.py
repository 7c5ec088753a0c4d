# Definition for singly-linked list (predefined, as on LeetCode: you need not define it).
# class ListNode:
#     def __init__(self, x):
#         self.val = x
#         self.next = None
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        raise NotImplementedError("write your solution to linked-list-cycle here, then run `shousi run linked-list-cycle`")
