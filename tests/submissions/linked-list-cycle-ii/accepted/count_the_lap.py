"""Meet with Floyd's pointers, measure the cycle's length c, then move a pointer c steps ahead of another from the
head: when they meet, it is at the entry."""


class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                break
        else:
            return None
        length, walker = 1, slow.next
        while walker is not slow:
            length, walker = length + 1, walker.next
        ahead = behind = head
        for _ in range(length):
            ahead = ahead.next
        while ahead is not behind:
            ahead, behind = ahead.next, behind.next
        return behind
