"""Floyd's two phases as a plain function with the snake_case name, the first phase's exit by while-else."""


def detect_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            break
    else:
        return None
    while head is not slow:
        head = head.next
        slow = slow.next
    return head
