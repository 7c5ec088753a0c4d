# Definition for a Node (predefined, as on LeetCode: you need not define it).
# class Node:
#     def __init__(self, x: int, next: 'Node' = None, random: 'Node' = None):
#         self.val = int(x)
#         self.next = next
#         self.random = random
class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        raise NotImplementedError("write your solution to copy-list-with-random-pointer here, then run `shousi run copy-list-with-random-pointer`")
