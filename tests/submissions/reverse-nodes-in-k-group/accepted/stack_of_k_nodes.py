"""A stack (collections.deque, not imported, as LeetCode predefines it) of up to k nodes, popped onto the
result when full; a short last group is never pushed out, its first node stays linked to the rest. Accepted."""
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(); tail = dummy; st = deque(); cur = head
        while cur:
            st.append(cur); cur = cur.next
            if len(st) == k:
                while st: tail.next = st.pop(); tail = tail.next
                tail.next = cur
        return dummy.next
